using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Ports;

/// <summary>
/// EC2 and ECS writes. With <c>dryRun</c> EC2 calls carry DryRun (DryRunOperation = would have succeeded) and
/// ECS calls are not made. Expected situations (rule already gone, task already stopped) are outcomes, not exceptions.
/// </summary>
public interface INetworkActuator
{
    Task<ActionOutcome> ExecuteAsync(RemediationAction action, bool dryRun, CancellationToken cancellationToken);
}
