using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="INetworkActuator"/> under a <see cref="CrashPlan"/>: a real action writes, a dry run does not.</summary>
public sealed class CrashingActuator(INetworkActuator inner, CrashPlan plan) : INetworkActuator
{
    public Task<ActionOutcome> ExecuteAsync(RemediationAction action, bool dryRun, CancellationToken cancellationToken) =>
        plan.CallAsync($"act.{action.GetType().Name}{(dryRun ? " (dry run)" : string.Empty)}", !dryRun, () => inner.ExecuteAsync(action, dryRun, cancellationToken));
}
