using System.Runtime.CompilerServices;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="ITaskSource"/> under a <see cref="CrashPlan"/>; each page of a listing is one call.</summary>
public sealed class CrashingTaskSource(ITaskSource inner, CrashPlan plan) : ITaskSource
{
    public Task<IReadOnlyList<ObservedTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken) =>
        plan.CallAsync("ecs.DescribeTasks", false, () => inner.DescribeTasksAsync(cluster, taskArns, cancellationToken));

    public async IAsyncEnumerable<IReadOnlyList<string>> ListRunningTaskArnsAsync(string cluster, string? family, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = inner.ListRunningTaskArnsAsync(cluster, family, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (pages.ConfigureAwait(false))
        {
            while (await plan.CallAsync("ecs.ListTasks", false, () => pages.MoveNextAsync().AsTask()).ConfigureAwait(false))
            {
                yield return pages.Current;
            }
        }
    }

    public Task<TaskDefinitionInfo> DescribeTaskDefinitionAsync(string taskDefinitionArn, CancellationToken cancellationToken) =>
        plan.CallAsync("ecs.DescribeTaskDefinition", false, () => inner.DescribeTaskDefinitionAsync(taskDefinitionArn, cancellationToken));

    public Task<IReadOnlyList<ContainerInstanceInfo>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstanceArns, CancellationToken cancellationToken) =>
        plan.CallAsync("ecs.DescribeContainerInstances", false, () => inner.DescribeContainerInstancesAsync(cluster, containerInstanceArns, cancellationToken));

    public Task<ObservedService?> DescribeServiceAsync(string cluster, string serviceName, CancellationToken cancellationToken) =>
        plan.CallAsync("ecs.DescribeServices", false, () => inner.DescribeServiceAsync(cluster, serviceName, cancellationToken));
}
