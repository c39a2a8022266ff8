using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Composition;

/// <summary>The actuator port over both services: rule and VPC edits go to EC2, service updates and task stops to ECS.</summary>
public sealed class AwsNetworkActuator(Ec2Actuator ec2, EcsActuator ecs) : INetworkActuator
{
    public Task<string?> WhyOutOfScopeAsync(RemediationAction action, CancellationToken cancellationToken) =>
        ec2.CanExecute(action) ? ec2.WhyOutOfScopeAsync(action, cancellationToken)
        : ecs.CanExecute(action) ? ecs.WhyOutOfScopeAsync(action, cancellationToken)
        : throw new NotSupportedException($"no adapter executes {action.GetType().Name}");

    public Task<ActionOutcome> ExecuteAsync(RemediationAction action, bool dryRun, CancellationToken cancellationToken) =>
        ec2.CanExecute(action) ? ec2.ExecuteAsync(action, dryRun, cancellationToken)
        : ecs.CanExecute(action) ? ecs.ExecuteAsync(action, dryRun, cancellationToken)
        : throw new NotSupportedException($"no adapter executes {action.GetType().Name}");
}
