using Amazon.Runtime;
using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Every API call one local account answers: EC2, ECS and SNS from the sandbox's own call log (what reached the wire,
/// retries included), DynamoDB from the SDK client's request event (dynalite keeps no log). Counts are taken as the
/// difference between two snapshots, so a test can ask "what did this one event cost".
/// </summary>
public sealed class ApiCallCounter
{
    private readonly SandboxHost _sandbox;
    private readonly Lock _gate = new();
    private readonly List<string> _dynamo = [];

    public ApiCallCounter(SandboxHost sandbox, Amazon.DynamoDBv2.IAmazonDynamoDB dynamo)
    {
        _sandbox = sandbox;
        ((AmazonServiceClient)dynamo).BeforeRequestEvent += (_, e) =>
        {
            if (e is WebServiceRequestEventArgs request)
            {
                lock (_gate)
                {
                    _dynamo.Add("dynamodb:" + request.Request.GetType().Name.Replace("Request", "", StringComparison.Ordinal));
                }
            }
        };
    }

    /// <summary>Every call so far, as <c>service:Operation</c>, in order (DynamoDB after the others).</summary>
    public IReadOnlyList<string> All()
    {
        lock (_gate)
        {
            return [.. _sandbox.Calls.Records().Select(r => $"{r.Service}:{r.Operation}"), .. _dynamo];
        }
    }

    /// <summary>The calls made while <paramref name="work"/> ran, sorted (a multiset to compare).</summary>
    public async Task<IReadOnlyList<string>> DuringAsync(Func<Task> work)
    {
        var before = Snapshot();
        await work();
        var after = Snapshot();
        return [.. after.SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value - before.GetValueOrDefault(kv.Key))).Order(StringComparer.Ordinal)];
    }

    private Dictionary<string, int> Snapshot() =>
        All().GroupBy(c => c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
