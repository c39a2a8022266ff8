using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Ports;

/// <summary>
/// EC2 and ECS writes. With <c>dryRun</c> EC2 calls carry DryRun (DryRunOperation = would have succeeded) and
/// ECS calls are not made. Expected situations (rule already gone, task already stopped) are outcomes, not exceptions.
/// </summary>
public interface INetworkActuator
{
    Task<ActionOutcome> ExecuteAsync(RemediationAction action, bool dryRun, CancellationToken cancellationToken);

    /// <summary>
    /// Why the deployment does not let <paramref name="action"/> touch its target (e.g. "sg-… is not tagged
    /// ecswin:managed=true and its VPC vpc-… is not listed"), or null when it may. The reconciler asks before it claims
    /// the change or takes a budget unit, and alerts the drift instead. Adapters without a scope allow everything.
    /// </summary>
    Task<string?> WhyOutOfScopeAsync(RemediationAction action, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
