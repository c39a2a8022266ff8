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
    });
}
