namespace EcsWinReconciler.Aws.Ecs.Wire;

// The JSON bodies we send, one per operation, named as the model's input shapes. Member names are checked
// against the botocore model by EcsModelConformanceTests; null members are not sent. Seven tiny shapes read
// better side by side than in seven files.

// Include: ["TAGS"] to have the tasks' tags in the answer (ManagedScopeGuard).
internal sealed record DescribeTasksRequest(string Cluster, IReadOnlyList<string> Tasks, IReadOnlyList<string>? Include = null);

internal sealed record ListTasksRequest(
    string Cluster,
    string? Family,
    string? ServiceName,
    string? DesiredStatus,
    string? LaunchType,
    string? ContainerInstance,
    string? NextToken,
    int? MaxResults);

internal sealed record DescribeTaskDefinitionRequest(string TaskDefinition);

internal sealed record DescribeContainerInstancesRequest(string Cluster, IReadOnlyList<string> ContainerInstances);

// Include: ["TAGS"] to have the services' tags in the answer (ManagedScopeGuard).
internal sealed record DescribeServicesRequest(string Cluster, IReadOnlyList<string> Services, IReadOnlyList<string>? Include = null);

internal sealed record UpdateServiceRequest(string Cluster, string Service, EcsNetworkConfiguration NetworkConfiguration, bool ForceNewDeployment);

internal sealed record StopTaskRequest(string Cluster, string Task, string? Reason);
