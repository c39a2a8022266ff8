using System.Collections.Concurrent;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Fakes;

/// <summary>
/// An in-memory AWS account behind the ECS/EC2 ports: tasks, definitions, container instances, services, ENIs,
/// groups, VPCs and hosts. It counts every call by operation and can be told to fail one.
/// Actions are applied by <see cref="FakeActuator"/> the way AWS would apply them.
/// </summary>
public sealed partial class FakeAwsWorld : ITaskSource, INetworkObserver
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public Lock Gate { get; } = new();

    public Dictionary<string, ObservedTask> Tasks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TaskDefinitionInfo> Definitions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ContainerInstanceInfo> ContainerInstances { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ObservedService> Services { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ObservedEni> Enis { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ObservedSecurityGroup> Groups { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, VpcDnsObservation> Vpcs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HostEniCapacity> Hosts { get; } = new(StringComparer.Ordinal);

    /// <summary>Subnets with their ACL and route table; none by default (then no path or headroom check judges anything).</summary>
    public Dictionary<string, SubnetObservation> Subnets { get; } = new(StringComparer.Ordinal);

    /// <summary>Operation name → exception to throw instead of answering.</summary>
    public ConcurrentDictionary<string, Exception> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>UpdateService leaves the old tasks running and the service deploying, as a real rolling update does.</summary>
    public bool RollingDeployments { get; set; }

    /// <summary>The clock rollouts are stamped with (their start is what a stuck rollout is measured from).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Runs on every DescribeTasks call (e.g. to move a fake clock past a deadline).</summary>
    public Action? OnDescribeTasks { get; set; }

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls, StringComparer.Ordinal);

    public int CallsTo(string operation) => _calls.GetValueOrDefault(operation);

    public int TotalCalls => _calls.Values.Sum();

    public void ResetCalls() => _calls.Clear();

    internal void Count(string operation)
    {
        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        if (Failures.TryGetValue(operation, out var failure))
        {
            throw failure;
        }
    }

    /// <summary>
    /// The service with a new deployment of its configuration: with <see cref="RollingDeployments"/> it rolls out (in progress,
    /// started now) and its tasks are replaced later; otherwise it is done at once.
    /// </summary>
    public ObservedService Deploy(ObservedService service) => RollingDeployments
        ? service with
        {
            DeploymentInProgress = true,
            Rollout = new ServiceRollout($"ecs-svc/{Clock.GetUtcNow().ToUnixTimeMilliseconds()}", ServiceRollout.InProgress, "ECS deployment in progress.", Clock.GetUtcNow(), 1, 0, 1, 0),
        }
        : service with { DeploymentInProgress = false, Rollout = null };

    public static string ServiceKey(string clusterArnOrName, string serviceName) =>
        $"{Core.Networking.AwsIds.ClusterName(clusterArnOrName)}/{serviceName}";
}
