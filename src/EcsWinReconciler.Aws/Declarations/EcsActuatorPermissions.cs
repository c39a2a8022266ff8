using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>What <see cref="EcsActuator"/> calls. ECS has no DryRun, so a dry run sends nothing.</summary>
internal static class EcsActuatorPermissions
{
    public static AdapterIamDeclaration Declared { get; } = new(nameof(EcsActuator), nameof(INetworkActuator), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(EcsActuator.ExecuteAsync)] =
        [
            new("ecs:UpdateService", IamResource.EcsServices, NeededWhen.Changing),
            new("ecs:StopTask", IamResource.EcsTasks, NeededWhen.Changing),
        ],

        // The managed scope: the service's or task's tags (include TAGS), unless its cluster is listed. Needed always,
        // as the EC2 side's reads.
        [nameof(EcsActuator.WhyOutOfScopeAsync)] =
        [
            new("ecs:DescribeServices", IamResource.EcsServices),
            new("ecs:DescribeTasks", IamResource.EcsTasks),
        ],
    });
}
