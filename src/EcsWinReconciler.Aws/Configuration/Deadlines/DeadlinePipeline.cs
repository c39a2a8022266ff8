using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace EcsWinReconciler.Aws.Configuration.Deadlines;

/// <summary>Puts the invocation's end into a client's pipeline: the retry policy that knows it, and the per-attempt step.</summary>
internal static class DeadlinePipeline
{
    public static void Apply(RuntimePipeline pipeline, IClientConfig config, CallDeadline? deadline)
    {
        if (deadline is null)
        {
            return;
        }

        // Adaptive mode keeps its own policy (client-side rate limiting); the per-attempt step still bounds each attempt,
        // and a refused attempt is no answer the adaptive policy retries only while its attempts last.
        if (config.RetryMode != RequestRetryMode.Adaptive)
        {
            pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(new DeadlineRetryPolicy(config, deadline)));
        }

        pipeline.AddHandlerAfter<RetryHandler>(new DeadlineAttemptHandler(deadline));
    }
}
