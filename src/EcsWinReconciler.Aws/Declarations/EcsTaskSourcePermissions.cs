using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// What <see cref="EcsTaskSource"/> calls through <see cref="IEcsApi"/>, with the resource type IAM authorises each
/// ECS action on (ListTasks on the container instance; DescribeTaskDefinition has none).
/// </summary>
internal static class EcsTaskSourcePermissions
{
    public static AdapterIamDeclaration Declared { get; } = new(nameof(EcsTaskSource), nameof(ITaskSource), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(EcsTaskSource.DescribeTasksAsync)] = [new("ecs:DescribeTasks", IamResource.EcsTasks)],
        [nameof(EcsTaskSource.ListRunningTaskArnsAsync)] = [new("ecs:ListTasks", IamResource.EcsContainerInstances)],
        [nameof(EcsTaskSource.DescribeTaskDefinitionAsync)] = [new("ecs:DescribeTaskDefinition", IamResource.Any)],
        [nameof(EcsTaskSource.DescribeContainerInstancesAsync)] = [new("ecs:DescribeContainerInstances", IamResource.EcsContainerInstances)],
        [nameof(EcsTaskSource.DescribeServiceAsync)] = [new("ecs:DescribeServices", IamResource.EcsServices)],
    });
}
