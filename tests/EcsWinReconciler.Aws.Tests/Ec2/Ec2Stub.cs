using System.Collections.Concurrent;
using Amazon.EC2;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>
/// A scripted EC2 on loopback: answers by Action, records each call's form fields, and hands out a real
/// <see cref="AmazonEC2Client"/> pointed at it. Unscripted actions answer InvalidAction (HTTP 400).
/// </summary>
internal sealed class Ec2Stub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<IReadOnlyDictionary<string, string>, StubResponse>> _routes = new(StringComparer.Ordinal);
    private readonly LoopbackHttpServer _server;

    private Ec2Stub(int maxErrorRetry)
    {
        _server = LoopbackHttpServer.Start(Respond);
        Client = Ec2Wire.Client(_server.BaseAddress, maxErrorRetry);
    }

    public AmazonEC2Client Client { get; }

    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public static Ec2Stub Start(int maxErrorRetry = 2) => new(maxErrorRetry);

    public Ec2Stub On(string action, Func<IReadOnlyDictionary<string, string>, StubResponse> respond)
    {
        _routes[action] = respond;
        return this;
    }

    public Ec2Stub On(string action, string body) => On(action, _ => Ec2Wire.Ok(action, body));

    /// <summary>Answers the scripted responses in order, repeating the last one.</summary>
    public Ec2Stub OnSequence(string action, params StubResponse[] responses)
    {
        var next = 0;
        return On(action, _ => responses[Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1)]);
    }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Calls(string action) =>
        [.. Requests.Select(r => r.FormFields()).Where(f => f.TryGetValue("Action", out var a) && a == action)];

    public IReadOnlyList<string> Actions => [.. Requests.Select(r => r.FormFields().GetValueOrDefault("Action", "?"))];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
    }

    private StubResponse Respond(RecordedRequest request)
    {
        var fields = request.FormFields();
        var action = fields.GetValueOrDefault("Action", string.Empty);
        return _routes.TryGetValue(action, out var respond)
            ? respond(fields)
            : Ec2Wire.Error("InvalidAction", $"The action {action} is not scripted in this test.");
    }
}
