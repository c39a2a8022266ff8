using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using EcsWinReconciler.Lambda.Logging;
using EcsWinReconciler.Lambda.Runtime;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Lambda.Tests.Runtime;

public sealed class LambdaRuntimeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeRuntimeApi _api = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly StringWriter _logs = new();
    private readonly ConcurrentDictionary<string, string?> _environment = new();
    private readonly ILoggerFactory _loggers;
    private readonly LambdaRuntime _runtime;

    public LambdaRuntimeTests()
    {
        _loggers = LambdaLogging.Create(TextWriter.Synchronized(_logs), _time, LogLevel.Debug);
        var options = new LambdaRuntimeOptions { DeadlineMargin = TimeSpan.FromSeconds(2), SetEnvironmentVariable = (k, v) => _environment[k] = v };
        _runtime = new LambdaRuntime(_http, _api.Address, _time, _loggers.CreateLogger<LambdaRuntime>(), options);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _http.Dispose();
        _loggers.Dispose();
    }

    [Fact]
    public async Task ProcessNext_HandlerSucceeds_PostsItsBodyAsTheInvocationResponse()
    {
        _api.Enqueue("req-1", """{"hello":"world"}""", Now.AddMinutes(1));

        await _runtime.ProcessNextAsync(Handler((i, _) => Task.FromResult("""{"ok":true}"""u8.ToArray())), CancellationToken.None);

        var post = Assert.Single(_api.Posts("/response"));
        Assert.Equal("/2018-06-01/runtime/invocation/req-1/response", post.Path);
        Assert.Equal("""{"ok":true}""", post.BodyText);
        Assert.Empty(_api.Posts("/error"));
    }

    [Fact]
    public async Task ProcessNext_Headers_ReachTheHandlerAndTheTraceIdIsExported()
    {
        var deadline = new DateTimeOffset(2026, 11, 25, 12, 0, 42, 123, TimeSpan.Zero);
        _api.Enqueue("req-2", """{"a":1}""", deadline, traceId: "Root=1-abc;Parent=def;Sampled=1", functionArn: "arn:aws:lambda:us-east-1:111122223333:function:f");
        LambdaInvocation? seen = null;

        await _runtime.ProcessNextAsync(Handler((i, _) => { seen = i; return Task.FromResult("{}"u8.ToArray()); }), CancellationToken.None);

        Assert.NotNull(seen);
        Assert.Equal("req-2", seen.RequestId);
        Assert.Equal(deadline, seen.Deadline);
        Assert.Equal("arn:aws:lambda:us-east-1:111122223333:function:f", seen.InvokedFunctionArn);
        Assert.Equal("Root=1-abc;Parent=def;Sampled=1", seen.TraceId);
        Assert.Equal("""{"a":1}""", Encoding.UTF8.GetString(seen.Body.Span));
        Assert.Equal("Root=1-abc;Parent=def;Sampled=1", _environment["_X_AMZN_TRACE_ID"]);
    }

    [Fact]
    public async Task ProcessNext_HandlerThrows_PostsAnErrorWithTypeMessageAndHeader()
    {
        _api.Enqueue("req-3", "{}", Now.AddMinutes(1));

        await _runtime.ProcessNextAsync(Handler((_, _) => throw new InvalidOperationException("the spec store is unreachable")), CancellationToken.None);

        var post = Assert.Single(_api.Posts("/error"));
        Assert.Equal("/2018-06-01/runtime/invocation/req-3/error", post.Path);
        Assert.Equal("System.InvalidOperationException", post.Header("Lambda-Runtime-Function-Error-Type"));
        using var body = JsonDocument.Parse(post.BodyText);
        Assert.Equal("System.InvalidOperationException", body.RootElement.GetProperty("errorType").GetString());
        Assert.Equal("the spec store is unreachable", body.RootElement.GetProperty("errorMessage").GetString());
        Assert.Empty(_api.Posts("/response"));
    }

    [Fact]
    public async Task ProcessNext_AfterAHandlerException_TheNextInvocationIsServed()
    {
        _api.Enqueue("bad", "{}", Now.AddMinutes(1));
        _api.Enqueue("good", "{}", Now.AddMinutes(1));
        var calls = 0;
        var handler = Handler((_, _) => ++calls == 1 ? throw new FormatException("boom") : Task.FromResult("{}"u8.ToArray()));

        await _runtime.ProcessNextAsync(handler, CancellationToken.None);
        await _runtime.ProcessNextAsync(handler, CancellationToken.None);

        Assert.Equal("/2018-06-01/runtime/invocation/bad/error", Assert.Single(_api.Posts("/error")).Path);
        Assert.Equal("/2018-06-01/runtime/invocation/good/response", Assert.Single(_api.Posts("/response")).Path);
    }

    [Fact]
    public async Task ProcessNext_DeadlineMinusMarginReached_CancelsTheTokenAndPostsADeadlineError()
    {
        _api.Enqueue("slow", "{}", Now.AddSeconds(10));
        var started = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = Handler(async (_, token) =>
        {
            started.SetResult(token);
            await Task.Delay(Timeout.Infinite, token);
            return [];
        });

        var processing = _runtime.ProcessNextAsync(handler, CancellationToken.None);
        var token = await started.Task;
        _time.Advance(TimeSpan.FromSeconds(7.9));
        Assert.False(token.IsCancellationRequested, "cancelled before deadline - margin");
        _time.Advance(TimeSpan.FromSeconds(0.2));
        await processing;

        Assert.True(token.IsCancellationRequested);
        var post = Assert.Single(_api.Posts("/error"));
        Assert.Equal(LambdaError.DeadlineExceededType, post.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.Contains("2000 ms before its deadline", post.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessNext_DeadlineAlreadyWithinTheMargin_TokenIsCancelledAtOnce()
    {
        _api.Enqueue("late", "{}", Now.AddSeconds(1));
        bool? cancelled = null;

        await _runtime.ProcessNextAsync(Handler((_, token) => { cancelled = token.IsCancellationRequested; return Task.FromResult("{}"u8.ToArray()); }), CancellationToken.None);

        Assert.True(cancelled);
    }

    [Fact]
    public async Task ProcessNext_NoDeadlineHeader_AssumesLambdasLongestTimeout()
    {
        _api.Enqueue("no-deadline", "{}", deadline: null);
        LambdaInvocation? seen = null;

        await _runtime.ProcessNextAsync(Handler((i, _) => { seen = i; return Task.FromResult("{}"u8.ToArray()); }), CancellationToken.None);

        Assert.Equal(Now.AddMinutes(15), seen!.Deadline);
        Assert.Contains("Lambda-Runtime-Deadline-Ms", _logs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessNext_NoRequestId_ThrowsSoTheProcessCanExit()
    {
        _api.EnqueueRaw(new StubResponse(200, "{}", "application/json", new Dictionary<string, string> { ["Lambda-Runtime-Deadline-Ms"] = "1795608000000" }));

        await Assert.ThrowsAsync<RuntimeApiException>(() => _runtime.ProcessNextAsync(Handler((_, _) => Task.FromResult("{}"u8.ToArray())), CancellationToken.None));
    }

    [Fact]
    public async Task ProcessNext_ResponseTooLarge_PostsAnErrorInstead()
    {
        _api.PostOverride = r => r.Path.EndsWith("/response", StringComparison.Ordinal) ? new StubResponse(413, "too large", "text/plain") : null;
        _api.Enqueue("big", "{}", Now.AddMinutes(1));

        await _runtime.ProcessNextAsync(Handler((_, _) => Task.FromResult(new byte[100])), CancellationToken.None);

        Assert.Equal("Runtime.ResponseTooLarge", Assert.Single(_api.Posts("/error")).Header("Lambda-Runtime-Function-Error-Type"));
    }

    [Fact]
    public async Task ProcessNext_ContainerErrorOnPost_Throws()
    {
        _api.PostOverride = _ => new StubResponse(500, "container error", "text/plain");
        _api.Enqueue("req", "{}", Now.AddMinutes(1));

        var error = await Assert.ThrowsAsync<RuntimeApiException>(() => _runtime.ProcessNextAsync(Handler((_, _) => Task.FromResult("{}"u8.ToArray())), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.Status);
    }

    [Fact]
    public async Task ReportInitError_PostsToInitErrorWithTheExceptionType()
    {
        await _runtime.ReportInitErrorAsync(new ArgumentException("EWR_SPECS_TABLE is not set"), CancellationToken.None);

        var post = Assert.Single(_api.Posts("/init/error"));
        Assert.Equal("/2018-06-01/runtime/init/error", post.Path);
        Assert.Equal("System.ArgumentException", post.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.Contains("EWR_SPECS_TABLE is not set", post.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ServesInvocationsUntilShutdown()
    {
        _api.Enqueue("one", "{}", Now.AddMinutes(1));
        _api.Enqueue("two", "{}", Now.AddMinutes(1));
        using var shutdown = new CancellationTokenSource();
        var served = 0;
        var handler = Handler((_, _) =>
        {
            if (Interlocked.Increment(ref served) == 2)
            {
                shutdown.Cancel();
            }

            return Task.FromResult("{}"u8.ToArray());
        });

        await _runtime.RunAsync(handler, shutdown.Token);

        Assert.Equal(2, served);
        Assert.Contains(_api.Posts("/response"), p => p.Path.Contains("/one/", StringComparison.Ordinal));
        Assert.Contains("shutdown requested", _logs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessNext_HandlerLogs_CarryTheRequestIdAtTheTopLevel()
    {
        _api.Enqueue("req-log", "{}", Now.AddMinutes(1));
        var logger = _loggers.CreateLogger("test");

        await _runtime.ProcessNextAsync(Handler((_, _) =>
        {
            logger.LogInformation("inside the handler");
            return Task.FromResult("{}"u8.ToArray());
        }), CancellationToken.None);

        var line = _logs.ToString().Split('\n').Single(l => l.Contains("inside the handler", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("req-log", json.RootElement.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task ProcessNext_RequestIdWithReservedCharacters_IsEscapedInThePath()
    {
        _api.Enqueue("a b/c", "{}", Now.AddMinutes(1));

        await _runtime.ProcessNextAsync(Handler((_, _) => Task.FromResult("{}"u8.ToArray())), CancellationToken.None);

        Assert.Single(_api.Posts("/response"));
        Assert.DoesNotContain(_api.Requests, r => r.Path.Contains("/a b/c/", StringComparison.Ordinal));
    }

    private static DelegateHandler Handler(Func<LambdaInvocation, CancellationToken, Task<byte[]>> handle) => new(handle);

    private sealed class DelegateHandler(Func<LambdaInvocation, CancellationToken, Task<byte[]>> handle) : IInvocationHandler
    {
        public Task<byte[]> HandleAsync(LambdaInvocation invocation, CancellationToken cancellationToken) => handle(invocation, cancellationToken);
    }
}
