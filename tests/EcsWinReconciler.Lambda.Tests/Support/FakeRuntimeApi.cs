using System.Collections.Concurrent;
using System.Globalization;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Lambda.Tests.Support;

/// <summary>
/// The Lambda Runtime API on loopback: hands out queued invocations on GET …/invocation/next (blocking while none is
/// queued, as Lambda's long poll does), accepts response and error posts, and records every request.
/// </summary>
internal sealed class FakeRuntimeApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<StubResponse> _queue = new();
    private readonly SemaphoreSlim _queued = new(0);
    private readonly LoopbackHttpServer _server;
    private volatile bool _disposed;

    public FakeRuntimeApi() => _server = LoopbackHttpServer.Start(Respond);

    /// <summary>host:port, as AWS_LAMBDA_RUNTIME_API holds it.</summary>
    public string Address => $"{_server.BaseAddress.Host}:{_server.BaseAddress.Port}";

    /// <summary>Answers posts instead of the default 202 when it returns a response.</summary>
    public Func<RecordedRequest, StubResponse?>? PostOverride { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public IReadOnlyList<RecordedRequest> Posts(string suffix) =>
        [.. Requests.Where(r => r.Method == "POST" && r.Path.EndsWith(suffix, StringComparison.Ordinal))];

    /// <summary>Queues an invocation whose body is these bytes exactly (they need not be UTF-8).</summary>
    public void Enqueue(string requestId, byte[] body, DateTimeOffset deadline) =>
        EnqueueRaw(new StubResponse(200, string.Empty, "application/json", new Dictionary<string, string>
        {
            ["Lambda-Runtime-Aws-Request-Id"] = requestId,
            ["Lambda-Runtime-Deadline-Ms"] = deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        }, body));

    public void Enqueue(string requestId, string body, DateTimeOffset? deadline, string? traceId = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", string? functionArn = "arn:aws:lambda:us-east-1:111122223333:function:ewr-TaskStateFunction")
    {
        var headers = new Dictionary<string, string> { ["Lambda-Runtime-Aws-Request-Id"] = requestId };
        if (deadline is { } d)
        {
            headers["Lambda-Runtime-Deadline-Ms"] = d.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        }

        if (traceId is not null)
        {
            headers["Lambda-Runtime-Trace-Id"] = traceId;
        }

        if (functionArn is not null)
        {
            headers["Lambda-Runtime-Invoked-Function-Arn"] = functionArn;
        }

        EnqueueRaw(new StubResponse(200, body, "application/json", headers));
    }

    public void EnqueueRaw(StubResponse response)
    {
        _queue.Enqueue(response);
        _queued.Release();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _queued.Release(100);
        await _server.DisposeAsync();
    }

    private StubResponse Respond(RecordedRequest request)
    {
        if (request.Method == "GET" && request.Path == "/2018-06-01/runtime/invocation/next")
        {
            // A safety bound only: tests cancel or dispose long before it.
            var queued = _queued.Wait(TimeSpan.FromSeconds(60));
            return queued && !_disposed && _queue.TryDequeue(out var next) ? next : new StubResponse(500, "no invocation queued", "text/plain");
        }

        if (request.Method == "POST" && request.Path.StartsWith("/2018-06-01/runtime/", StringComparison.Ordinal))
        {
            return PostOverride?.Invoke(request) ?? new StubResponse(202, """{"status":"OK"}""", "application/json");
        }

        return new StubResponse(404, "unknown path", "text/plain");
    }
}
