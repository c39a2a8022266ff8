using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EcsWinReconciler.Aws.Configuration.Deadlines;

/// <summary>
/// The pipeline step just inside the SDK's retry handler, so it runs once per attempt: an attempt starts only when
/// <see cref="AttemptBudget.AttemptTimeout"/> gives it time before its call's end (<see cref="AttemptBudget.CallEnd"/>), and is
/// cut when that time is up. Either way it fails with a
/// <see cref="TimeoutException"/> — what the SDK and our error translation read as "no answer" (transient: the next run may
/// succeed) — and <see cref="DeadlineRetryPolicy"/> then lets no further attempt start.
/// </summary>
internal sealed class DeadlineAttemptHandler(CallDeadline deadline) : PipelineHandler
{
    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        if (deadline.Current is not { } budget)
        {
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }

        // The SDK's request context takes a new token; its interface only reads one.
        var request = (RequestContext)executionContext.RequestContext;
        var callEnd = deadline.CallEndOf(request, budget);
        var timeout = budget.AttemptTimeout(deadline.Time.GetUtcNow(), callEnd, request.ClientConfig.Timeout)
            ?? throw new TimeoutException($"{request.RequestName}: no attempt started, less than {budget.MinimumAttempt.TotalSeconds:0.#} s left of its share of the invocation (until {callEnd:O})");

        var caller = request.CancellationToken;
        using var cut = new CancellationTokenSource(timeout, deadline.Time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(caller, cut.Token);
        request.CancellationToken = attempt.Token;
        try
        {
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        catch (Exception cancelled) when (cut.IsCancellationRequested && !caller.IsCancellationRequested && cancelled is not TimeoutException)
        {
            // Whatever the transport threw once our cut fired is the cut: cancelled while the answer's body was being read,
            // .NET may surface it as an IOException or an HttpRequestException rather than an OperationCanceledException
            // (seen on a loaded machine: the attempt failed without saying it was cut).
            throw new TimeoutException($"{request.RequestName}: the attempt was cut after {timeout.TotalSeconds:0.#} s, its share of the invocation (until {callEnd:O}) spent", cancelled);
        }
        finally
        {
            // The retry handler's backoff and the next attempt wait on the caller's token, not on this attempt's.
            request.CancellationToken = caller;
        }
    }

    public override void InvokeSync(IExecutionContext executionContext) =>
        throw new NotSupportedException("the reconciler's AWS clients are called asynchronously only");
}
