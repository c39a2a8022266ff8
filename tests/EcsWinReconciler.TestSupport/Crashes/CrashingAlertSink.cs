using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="IAlertSink"/> under a <see cref="CrashPlan"/>: "after" means SNS took the message and the process died before it knew.</summary>
public sealed class CrashingAlertSink(IAlertSink inner, CrashPlan plan) : IAlertSink
{
    public Task<string> PublishAsync(AlertMessage message, CancellationToken cancellationToken) =>
        plan.CallAsync("sns.Publish", true, () => inner.PublishAsync(message, cancellationToken));
}
