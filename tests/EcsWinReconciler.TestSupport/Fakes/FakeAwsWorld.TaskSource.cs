using System.Runtime.CompilerServices;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.TestSupport.Fakes;

public sealed partial class FakeAwsWorld
{
    public Task<IReadOnlyList<ObservedTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken)
    {
        Count("DescribeTasks");
        OnDescribeTasks?.Invoke();
        lock (Gate)
        {
            // ECS takes a task id or ARN.
            return Task.FromResult<IReadOnlyList<ObservedTask>>([.. taskArns.Select(a => Tasks.GetValueOrDefault(a) ?? Tasks.Values.FirstOrDefault(t => t.TaskId == a)).OfType<ObservedTask>()]);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string>> ListRunningTaskArnsAsync(string cluster, string? family, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<string> arns;
        lock (Gate)
        {
            arns = [.. Tasks.Values
                .Where(t => AwsIds.ClusterName(t.ClusterArn) == AwsIds.ClusterName(cluster) && t.DesiredStatus == TaskLifecycle.Running)
                .Where(t => family is null || t.Family == family)
                .Select(t => t.TaskArn)
                .Order(StringComparer.Ordinal)];
        }

        foreach (var page in arns.Chunk(100))
        {
            Count("ListTasks");
            await Task.Yield();
            yield return page;
        }
    }

    public Task<TaskDefinitionInfo> DescribeTaskDefinitionAsync(string taskDefinitionArn, CancellationToken cancellationToken)
    {
        Count("DescribeTaskDefinition");
        lock (Gate)
        {
            return Task.FromResult(Definitions[taskDefinitionArn]);
        }
    }

    public Task<IReadOnlyList<ContainerInstanceInfo>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstanceArns, CancellationToken cancellationToken)
    {
        Count("DescribeContainerInstances");
        lock (Gate)
        {
            return Task.FromResult<IReadOnlyList<ContainerInstanceInfo>>([.. containerInstanceArns.Select(a => ContainerInstances.GetValueOrDefault(a)).OfType<ContainerInstanceInfo>()]);
        }
    }

    public Task<ObservedService?> DescribeServiceAsync(string cluster, string serviceName, CancellationToken cancellationToken)
    {
        Count("DescribeServices");
        lock (Gate)
        {
            return Task.FromResult(Services.GetValueOrDefault(ServiceKey(cluster, serviceName)));
        }
    }
}
