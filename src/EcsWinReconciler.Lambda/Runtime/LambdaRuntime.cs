using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>
/// The Lambda Runtime API loop for a custom runtime (provided.al2023), in place of Amazon.Lambda.RuntimeSupport,
/// which is not available here: the one type to swap for it. Each invocation gets a token that is cancelled
/// <see cref="LambdaRuntimeOptions.DeadlineMargin"/> before its deadline; a handler exception or the deadline
/// becomes an error post and the loop goes on. Only a broken Runtime API ends the loop (the process then exits and
/// Lambda starts a fresh environment).
/// </summary>
/// <example><code>
/// var runtime = new LambdaRuntime(http, Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API")!, TimeProvider.System, logger);
/// await runtime.RunAsync(handler, shutdown.Token);
/// </code></example>
public sealed class LambdaRuntime
{
    private readonly RuntimeApiClient _api;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly LambdaRuntimeOptions _options;

    public LambdaRuntime(HttpClient http, string runtimeApi, TimeProvider time, ILogger<LambdaRuntime> logger, LambdaRuntimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(runtimeApi);
        _api = new RuntimeApiClient(http, runtimeApi);
        _time = time;
        _logger = logger;
        _options = options ?? LambdaRuntimeOptions.Default;
    }

    /// <summary>Serves invocations until <paramref name="cancellationToken"/> is cancelled (shutdown).</summary>
    public async Task RunAsync(IInvocationHandler handler, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ProcessNextAsync(handler, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        RuntimeLog.ShuttingDown(_logger);
    }

    /// <summary>Takes one invocation, runs the handler under the deadline, and posts its response or error.</summary>
    public async Task ProcessNextAsync(IInvocationHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var next = await _api.NextAsync(cancellationToken).ConfigureAwait(false);
        _options.SetEnvironmentVariable(RuntimeHeaders.TraceIdVariable, next.TraceId);
        using var scope = _logger.BeginScope(new KeyValuePair<string, object?>[] { new("requestId", next.RequestId) });
        var invocation = Settle(next);
        using var deadline = DeadlineSource(invocation.Deadline);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);

        var error = default(LambdaError);
        try
        {
            var body = await handler.HandleAsync(invocation, linked.Token).ConfigureAwait(false);
            if (!await _api.PostResponseAsync(invocation.RequestId, body, cancellationToken).ConfigureAwait(false))
            {
                RuntimeLog.ResponseTooLarge(_logger, body.Length);
                error = new LambdaError($"the response of {body.Length} bytes is larger than Lambda accepts", "Runtime.ResponseTooLarge");
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            RuntimeLog.DeadlineExceeded(_logger, invocation.Deadline, _options.DeadlineMargin.TotalMilliseconds);
            error = LambdaError.DeadlineExceeded(invocation.Deadline, _options.DeadlineMargin);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not RuntimeApiException)
        {
            var failure = LambdaError.From(ex);
            RuntimeLog.HandlerFailed(_logger, failure.ErrorType, ex);
            error = failure;
        }

        if (error is not null)
        {
            await _api.PostErrorAsync(invocation.RequestId, error, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reports a failed initialisation (bad configuration, unknown handler); the process should then exit.</summary>
    public Task ReportInitErrorAsync(Exception exception, CancellationToken cancellationToken)
    {
        var error = LambdaError.From(exception);
        RuntimeLog.InitFailed(_logger, error.ErrorType, exception);
        return _api.PostInitErrorAsync(error, cancellationToken);
    }

    private LambdaInvocation Settle(NextInvocation next)
    {
        var deadline = next.Deadline;
        if (deadline is null)
        {
            deadline = _time.GetUtcNow() + _options.FallbackTimeout;
            RuntimeLog.DeadlineMissing(_logger, RuntimeHeaders.DeadlineMs, deadline.Value);
        }

        var invocation = new LambdaInvocation(next.RequestId, deadline.Value, next.InvokedFunctionArn, next.TraceId, next.Body);
        RuntimeLog.InvocationReceived(_logger, next.Body.Length, (long)(deadline.Value - _time.GetUtcNow()).TotalMilliseconds);
        return invocation;
    }

    /// <summary>
    /// Cancels at the deadline minus the margin, on the injected clock: at once when that is already past, and never
    /// later than Lambda's longest timeout from now (a nonsense header must not overflow the timer).
    /// </summary>
    private CancellationTokenSource DeadlineSource(DateTimeOffset deadline)
    {
        var source = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        var budget = deadline - _options.DeadlineMargin - _time.GetUtcNow();
        budget = budget < _options.FallbackTimeout ? budget : _options.FallbackTimeout;
        if (budget > TimeSpan.Zero)
        {
            source.CancelAfter(budget);
        }
        else
        {
            source.Cancel();
        }

        return source;
    }
}
