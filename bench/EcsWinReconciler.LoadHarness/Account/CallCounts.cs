using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.LoadHarness.Account;

/// <summary>
/// Every API call the account answered, by <c>service:Operation</c>: EC2, ECS and SNS from the sandbox's call log, DynamoDB
/// from the counting proxy. <see cref="Snapshot"/> and <see cref="Since"/> give what one run cost.
/// </summary>
internal sealed class CallCounts(SandboxHost sandbox, DynamoCountingProxy dynamo)
{
    public IReadOnlyDictionary<string, int> Snapshot()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (operation, count) in sandbox.Calls.Counts())
        {
            counts[operation] = count;
        }

        foreach (var (operation, count) in dynamo.Counts())
        {
            counts[operation] = count;
        }

        return counts;
    }

    /// <summary>The DynamoDB capacity units the calls so far would be billed (<see cref="DynamoCountingProxy.Units"/>).</summary>
    public CapacityUnits Units() => dynamo.Units();

    /// <summary>Calls made since <paramref name="before"/>, operations with none left out, sorted by name.</summary>
    public SortedDictionary<string, int> Since(IReadOnlyDictionary<string, int> before)
    {
        var delta = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (operation, count) in Snapshot())
        {
            var made = count - before.GetValueOrDefault(operation);
            if (made > 0)
            {
                delta[operation] = made;
            }
        }

        return delta;
    }
}
