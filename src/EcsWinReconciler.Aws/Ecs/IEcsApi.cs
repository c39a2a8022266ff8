using EcsWinReconciler.Aws.Ecs.Wire;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// The whole ECS wire surface the reconciler uses, in one place, so that an official AWSSDK.ECS client could
/// replace <see cref="EcsApiClient"/> here and nowhere else. Describe* calls take any number of ARNs and batch
/// them to ECS's limits; failures are <see cref="EcsApiException"/>.
/// </summary>
public interface IEcsApi
{
    Task<EcsBatch<EcsTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> tasks, CancellationToken cancellationToken);

    Task<EcsTaskPage> ListTasksAsync(EcsTaskFilter filter, string? nextToken, CancellationToken cancellationToken);

    /// <summary>A revision by ARN or <c>family:revision</c> (a bare family means its latest ACTIVE revision).</summary>
    Task<EcsTaskDefinition> DescribeTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken);

    Task<EcsBatch<EcsContainerInstance>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstances, CancellationToken cancellationToken);

    Task<EcsBatch<EcsService>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken);

    /// <summary>DescribeServices with <c>include: ["TAGS"]</c>: the service's tags, null when ECS does not know the service.</summary>
    Task<IReadOnlyDictionary<string, string>?> DescribeServiceTagsAsync(string cluster, string service, CancellationToken cancellationToken);

    /// <summary>DescribeTasks with <c>include: ["TAGS"]</c>: the task's tags, null when ECS does not know the task.</summary>
    Task<IReadOnlyDictionary<string, string>?> DescribeTaskTagsAsync(string cluster, string task, CancellationToken cancellationToken);

    /// <summary>UpdateService with only <c>networkConfiguration.awsvpcConfiguration</c> and <c>forceNewDeployment</c>.</summary>
    Task<EcsService?> UpdateServiceNetworkAsync(string cluster, string service, EcsAwsVpcConfiguration network, bool forceNewDeployment, CancellationToken cancellationToken);

    /// <summary>StopTask; a reason longer than 255 characters is cut.</summary>
    Task<EcsTask?> StopTaskAsync(string cluster, string task, string? reason, CancellationToken cancellationToken);
}
