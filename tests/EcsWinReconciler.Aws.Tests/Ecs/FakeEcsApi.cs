using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;

namespace EcsWinReconciler.Aws.Tests.Ecs;

/// <summary>An in-memory <see cref="IEcsApi"/>: answers from what the test put in, records every call.</summary>
internal sealed class FakeEcsApi : IEcsApi
{
    public List<EcsTask> Tasks { get; } = [];

    public List<EcsService> Services { get; } = [];

    public List<EcsContainerInstance> ContainerInstances { get; } = [];

    public Dictionary<string, EcsTaskDefinition> Definitions { get; } = new(StringComparer.Ordinal);

    public List<string> Calls { get; } = [];

    /// <summary>The identifiers of each DescribeContainerInstances call.</summary>
    public List<IReadOnlyList<string>> InstanceRequests { get; } = [];

    public List<(string Cluster, string Service, EcsAwsVpcConfiguration Network, bool Force)> Updates { get; } = [];

    public List<(string Cluster, string Task, string? Reason)> Stops { get; } = [];

    /// <summary>Thrown by the next write (UpdateService / StopTask), when set.</summary>
    public EcsApiException? WriteError { get; set; }

    /// <summary>What StopTask answers with; null = the stopped task as ECS shows it right after the call.</summary>
    public EcsTask? StopAnswer { get; set; }

    public Task<EcsBatch<EcsTask>> DescribeTasksAsync(string cluster, IReadOnlyList<string> tasks, CancellationToken cancellationToken)
    {
        Calls.Add("DescribeTasks");
        var found = Tasks.Where(t => tasks.Contains(t.TaskArn!)).ToList();
        var missing = tasks.Except(found.Select(t => t.TaskArn!)).Select(a => new EcsFailure { Arn = a, Reason = EcsFailure.Missing }).ToList();
        return Task.FromResult(new EcsBatch<EcsTask>(found, missing));
    }

    public Task<EcsTaskPage> ListTasksAsync(EcsTaskFilter filter, string? nextToken, CancellationToken cancellationToken) =>
        throw new NotSupportedException("page tests run against the loopback server");

    public Task<EcsTaskDefinition> DescribeTaskDefinitionAsync(string taskDefinition, CancellationToken cancellationToken)
    {
        Calls.Add("DescribeTaskDefinition:" + taskDefinition);
        return Task.FromResult(Definitions[taskDefinition]);
    }

    public Task<EcsBatch<EcsContainerInstance>> DescribeContainerInstancesAsync(string cluster, IReadOnlyList<string> containerInstances, CancellationToken cancellationToken)
    {
        Calls.Add("DescribeContainerInstances");
        InstanceRequests.Add(containerInstances);
        return Task.FromResult(new EcsBatch<EcsContainerInstance>([.. ContainerInstances.Where(c => containerInstances.Contains(c.ContainerInstanceArn!))], []));
    }

    public Task<EcsBatch<EcsService>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        Calls.Add("DescribeServices");
        var found = Services.Where(s => services.Contains(s.ServiceName!)).ToList();
        var missing = services.Except(found.Select(s => s.ServiceName!)).Select(n => new EcsFailure { Arn = n, Reason = EcsFailure.Missing }).ToList();
        return Task.FromResult(new EcsBatch<EcsService>(found, missing));
    }

    public Task<IReadOnlyDictionary<string, string>?> DescribeServiceTagsAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        Calls.Add("DescribeServices+TAGS");
        var found = Services.FirstOrDefault(s => s.ServiceName == service || s.ServiceArn == service);
        return Task.FromResult(found is null ? null : EcsTag.ToMap(found.Tags));
    }

    public Task<IReadOnlyDictionary<string, string>?> DescribeTaskTagsAsync(string cluster, string task, CancellationToken cancellationToken)
    {
        Calls.Add("DescribeTasks+TAGS");
        var found = Tasks.FirstOrDefault(t => t.TaskArn == task);
        return Task.FromResult(found is null ? null : EcsTag.ToMap(found.Tags));
    }

    public Task<EcsService?> UpdateServiceNetworkAsync(string cluster, string service, EcsAwsVpcConfiguration network, bool forceNewDeployment, CancellationToken cancellationToken)
    {
        Calls.Add("UpdateService");
        ThrowWriteError();
        Updates.Add((cluster, service, network, forceNewDeployment));
        return Task.FromResult<EcsService?>(new EcsService { ServiceName = service, Status = EcsService.Active });
    }

    public Task<EcsTask?> StopTaskAsync(string cluster, string task, string? reason, CancellationToken cancellationToken)
    {
        Calls.Add("StopTask");
        ThrowWriteError();
        Stops.Add((cluster, task, reason));
        return Task.FromResult<EcsTask?>(StopAnswer ?? new EcsTask { TaskArn = task, LastStatus = "RUNNING", DesiredStatus = "STOPPED" });
    }

    private void ThrowWriteError()
    {
        if (WriteError is { } error)
        {
            throw error;
        }
    }
}
