using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EcsWinReconciler.Aws.Configuration.Deadlines;

/// <summary>
/// The SDK's standard retry policy (jittered exponential backoff, retry quota, the codes it retries), with one more reason
/// not to retry: the invocation's end, by <see cref="AttemptBudget.MayRetry"/>. When it says no, the attempt's own error
/// (a throttle, a 503, a timeout) is what the caller sees, so the adapters translate it as they always did.
/// </summary>
internal sealed class DeadlineRetryPolicy(IClientConfig config, CallDeadline deadline) : StandardRetryPolicy(config)
{
    public override bool RetryForException(IExecutionContext executionContext, Exception exception) =>
        base.RetryForException(executionContext, exception) && TimeForAnother(executionContext);

    public override async Task<bool> RetryForExceptionAsync(IExecutionContext executionContext, Exception exception) =>
        await base.RetryForExceptionAsync(executionContext, exception).ConfigureAwait(false) && TimeForAnother(executionContext);

    // Asked before the retry is counted: the one that would follow is Retries + 1.
    private bool TimeForAnother(IExecutionContext executionContext) =>
        deadline.Current is not { } budget
        || budget.MayRetry(
            deadline.Time.GetUtcNow(), deadline.CallEndOf(executionContext.RequestContext, budget), executionContext.RequestContext.Retries + 1, TimeSpan.FromMilliseconds(MaxBackoffInMilliseconds));
}
