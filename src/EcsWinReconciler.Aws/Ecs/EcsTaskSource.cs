using System.Runtime.CompilerServices;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// <see cref="ITaskSource"/> on ECS: Describe* in batches of ECS's limits, ListTasks page by page, task
/// definitions cached by ARN, container instances for a while (<see cref="ContainerInstanceCache"/>). ARNs ECS reports as MISSING are simply absent; a service that is INACTIVE (deleted)
/// or MISSING is null. Failed calls surface as <see cref="EcsApiException"/> (an <see cref="AdapterException"/>).
/// </summary>
public sealed class EcsTaskSource : ITaskSource
{
    private readonly IEcsApi _ecs;
    private readonly TaskDefinitionCache _definitions;
    private readonly ContainerInstanceCache _instances;
    private readonly ILogger _logger;

    /// <param name="ecs">The ECS API.</param>
    /// <param name="logger">Where MISSING items and incomplete tasks are logged.</param>
    /// <param name="time">The cache clock; without one, container instances are not kept between calls.</param>
    /// <param name="containerInstanceMaxAge">How long a container instance is kept (default <see cref="ContainerInstanceCache.DefaultMaxAge"/>).</param>
    public EcsTaskSource(IEcsApi ecs, ILogger<EcsTaskSource>? logger = null, TimeProvider? time = null, TimeSpan? containerInstanceMaxAge = null)
    {
        ArgumentNullException.ThrowIfNull(ecs);
        _ecs = ecs;
        _logger = logger ?? NullLogger<EcsTaskSource>.Instance;
        _definitions = new TaskDefinitionCache(time ?? TimeProvider.System);
        _instances = new ContainerInstanceCache(time ?? TimeProvider.System, time is null ? TimeSpan.Zero : containerInstanceMaxAge ?? ContainerInstanceCache.DefaultMaxAge);
    }

    public async Task<IReadOnlyList<ObservedTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taskArns);
        if (taskArns.Count == 0)
        {
            return [];
        }

        var batch = await _ecs.DescribeTasksAsync(cluster, taskArns, cancellationToken).ConfigureAwait(false);
        LogFailures("DescribeTasks", cluster, batch.Failures);
        var tasks = new List<ObservedTask>(batch.Items.Count);
        foreach (var task in batch.Items)
        {
            if (EcsMapping.ToObservedTask(task, cluster) is { } observed)
            {
                tasks.Add(observed);
            }
            else
            {
                EcsLog.TaskIncomplete(_logger, task.TaskArn is null ? "taskArn" : "taskDefinitionArn", task.TaskArn);
            }
        }

        return tasks;
    }

    public async IAsyncEnumerable<IReadOnlyList<string>> ListRunningTaskArnsAsync(string cluster, string? family, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = new EcsTaskFilter(cluster) { Family = family, DesiredStatus = TaskLifecycle.Running };
        string? nextToken = null;
        do
        {
            var page = await _ecs.ListTasksAsync(filter, nextToken, cancellationToken).ConfigureAwait(false);
            if (page.TaskArns.Count > 0)
            {
                yield return page.TaskArns;
            }

            nextToken = page.NextToken;
        }
        while (nextToken is not null);
    }

    public Task<TaskDefinitionInfo> DescribeTaskDefinitionAsync(string taskDefinitionArn, CancellationToken cancellationToken) =>
        _definitions.GetAsync(taskDefinitionArn, async (requested, ct) =>
            EcsMapping.ToTaskDefinitionInfo(await _ecs.DescribeTaskDefinitionAsync(requested, ct).ConfigureAwait(false), requested), cancellationToken);

    public async Task<IReadOnlyList<ContainerInstanceInfo>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstanceArns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containerInstanceArns);
        if (containerInstanceArns.Count == 0)
        {
            return [];
        }

        return await _instances.GetAsync(cluster, containerInstanceArns, async (missing, ct) =>
        {
            var batch = await _ecs.DescribeContainerInstancesAsync(cluster, missing, ct).ConfigureAwait(false);
            LogFailures("DescribeContainerInstances", cluster, batch.Failures);
            return [.. batch.Items.Select(EcsMapping.ToContainerInstanceInfo).OfType<ContainerInstanceInfo>()];
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ObservedService?> DescribeServiceAsync(string cluster, string serviceName, CancellationToken cancellationToken)
    {
        var batch = await _ecs.DescribeServicesAsync(cluster, [serviceName], cancellationToken).ConfigureAwait(false);
        LogFailures("DescribeServices", cluster, batch.Failures);
        var service = batch.Items.FirstOrDefault(s => !string.Equals(s.Status, EcsService.Inactive, StringComparison.OrdinalIgnoreCase));
        return service is null ? null : EcsMapping.ToObservedService(service, cluster, serviceName);
    }

    private void LogFailures(string operation, string cluster, IReadOnlyList<EcsFailure> failures)
    {
        foreach (var failure in failures)
        {
            EcsLog.ItemFailed(_logger, operation, cluster, failure.Arn, failure.Reason, failure.Detail);
        }
    }
}
