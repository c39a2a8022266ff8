namespace EcsWinReconciler.Aws.Ecs.Wire;

// The JSON bodies ECS answers with, one per operation, named as the model's output shapes.
// Kept side by side for the same reason as EcsRequests.

internal sealed record DescribeTasksResponse(IReadOnlyList<EcsTask>? Tasks, IReadOnlyList<EcsFailure>? Failures);

internal sealed record ListTasksResponse(IReadOnlyList<string>? TaskArns, string? NextToken);

internal sealed record DescribeTaskDefinitionResponse(EcsTaskDefinition? TaskDefinition);

internal sealed record DescribeContainerInstancesResponse(IReadOnlyList<EcsContainerInstance>? ContainerInstances, IReadOnlyList<EcsFailure>? Failures);

internal sealed record DescribeServicesResponse(IReadOnlyList<EcsService>? Services, IReadOnlyList<EcsFailure>? Failures);

internal sealed record UpdateServiceResponse(EcsService? Service);

internal sealed record StopTaskResponse(EcsTask? Task);
