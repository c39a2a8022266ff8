using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Ports;

/// <summary>ECS reads. Adapters batch (≤ 100 per DescribeTasks / DescribeContainerInstances) and cache task definitions.</summary>
public interface ITaskSource
{
    /// <summary>Tasks by ARN; tasks ECS no longer knows are absent from the result.</summary>
    Task<IReadOnlyList<ObservedTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken);

    /// <summary>ARNs of the cluster's RUNNING tasks (optionally one family), one page at a time.</summary>
    IAsyncEnumerable<IReadOnlyList<string>> ListRunningTaskArnsAsync(string cluster, string? family, CancellationToken cancellationToken);

    Task<TaskDefinitionInfo> DescribeTaskDefinitionAsync(string taskDefinitionArn, CancellationToken cancellationToken);

    Task<IReadOnlyList<ContainerInstanceInfo>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstanceArns, CancellationToken cancellationToken);

    /// <summary>The service and its awsvpcConfiguration; null when the service does not exist.</summary>
    Task<ObservedService?> DescribeServiceAsync(string cluster, string serviceName, CancellationToken cancellationToken);
}
