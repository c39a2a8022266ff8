using System.Collections.Concurrent;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Fakes;

/// <summary>
/// Applies actions to a <see cref="FakeAwsWorld"/> as AWS would: rule edits change the group, VPC attributes
/// flip on, a service update or StopTask stops the task and starts a replacement whose ENI follows the
/// service's awsvpcConfiguration. Dry-runs change nothing.
/// </summary>
public sealed class FakeActuator(FakeAwsWorld world) : INetworkActuator
{
    // Past the ids WorldBuilder gives its own tasks (1, 2, …), so a replacement never reuses another task's ENI id.
    private int _sequence = 10_000;

    public ConcurrentQueue<(RemediationAction Action, bool DryRun)> Executed { get; } = new();

    public int Writes => Executed.Count(e => !e.DryRun);

    /// <summary>Targets (group, VPC, service or task ids) the deployment does not let remediation touch.</summary>
    public ConcurrentDictionary<string, string> OutOfScope { get; } = new(StringComparer.Ordinal);

    public Task<string?> WhyOutOfScopeAsync(RemediationAction action, CancellationToken cancellationToken)
    {
        var target = action switch
        {
            RevokeIngressRule r => r.GroupId,
            AuthorizeIngressRule a => a.GroupId,
            EnableVpcAttribute v => v.VpcId,
            UpdateServiceNetwork u => u.ServiceName,
            ReplaceTask t => t.TaskArn,
            _ => string.Empty,
        };
        return Task.FromResult(OutOfScope.TryGetValue(target, out var why) ? why : null);
    }

    /// <summary>Applied changes that changed nothing (the world already was so): an action taken twice, or on a stale look.</summary>
    public ConcurrentQueue<RemediationAction> Redundant { get; } = new();

    public Task<ActionOutcome> ExecuteAsync(RemediationAction action, bool dryRun, CancellationToken cancellationToken)
    {
        world.Count(action.GetType().Name);
        Executed.Enqueue((action, dryRun));
        if (dryRun)
        {
            return Task.FromResult(ActionOutcome.WouldApply());
        }

        lock (world.Gate)
        {
            return Task.FromResult(Apply(action));
        }
    }

    private ActionOutcome Apply(RemediationAction action)
    {
        switch (action)
        {
            case RevokeIngressRule r when world.Groups.TryGetValue(r.GroupId, out var group):
                if (!group.Ingress.Any(x => x.RuleId == r.RuleId))
                {
                    return ActionOutcome.AlreadyDone("rule already gone");
                }

                world.Groups[r.GroupId] = group with { Ingress = group.Ingress.Where(x => x.RuleId != r.RuleId).ToEquatableArray() };
                return ActionOutcome.Applied();
            case AuthorizeIngressRule a when world.Groups.TryGetValue(a.GroupId, out var target):
                world.Groups[a.GroupId] = target with { Ingress = [.. target.Ingress, new ObservedIngressRule($"sgr-0fake{Interlocked.Increment(ref _sequence):D12}", a.GroupId, a.Permission)] };
                return ActionOutcome.Applied();
            case EnableVpcAttribute v:
                var vpc = world.Vpcs[v.VpcId];
                if (v.Attribute == VpcAttribute.EnableDnsSupport ? vpc.DnsSupport : vpc.DnsHostnames)
                {
                    Redundant.Enqueue(v);
                }

                world.Vpcs[v.VpcId] = v.Attribute == VpcAttribute.EnableDnsSupport ? vpc with { DnsSupport = true } : vpc with { DnsHostnames = true };
                return ActionOutcome.Applied();
            case UpdateServiceNetwork u:
                var key = FakeAwsWorld.ServiceKey(u.ClusterArn, u.ServiceName);
                var before = world.Services[key];
                if (before.SecurityGroups == u.SecurityGroups && before.Subnets == u.Subnets && before.AssignPublicIp == u.AssignPublicIp)
                {
                    Redundant.Enqueue(u);
                }

                world.Services[key] = world.Deploy(before with { Subnets = u.Subnets, SecurityGroups = u.SecurityGroups, AssignPublicIp = u.AssignPublicIp });
                if (world.RollingDeployments)
                {
                    // As in ECS: the new deployment replaces the tasks later, at its own pace.
                    return ActionOutcome.Applied("new deployment rolling out");
                }

                foreach (var task in world.Tasks.Values.Where(t => t.ServiceName == u.ServiceName && t.IsRunning).ToList())
                {
                    Replace(task);
                }

                return ActionOutcome.Applied();
            case ReplaceTask t when world.Tasks.TryGetValue(t.TaskArn, out var running) && running.IsRunning:
                Replace(running);
                return ActionOutcome.Applied();
            case ReplaceTask:
                return ActionOutcome.AlreadyDone("task already stopped");
            default:
                return ActionOutcome.ResourceGone($"{action.Describe()}: resource not found");
        }
    }

    /// <summary>The service's rollout finishes: every running task whose ENI does not match the service's network is replaced.</summary>
    public void CompleteRollout(string serviceKey)
    {
        lock (world.Gate)
        {
            var service = world.Services[serviceKey];
            foreach (var task in world.Tasks.Values.Where(t => t.ServiceName == service.ServiceName && t.IsRunning && t.DesiredStatus == TaskLifecycle.Running).ToList())
            {
                var eni = task.EniAttachment?.NetworkInterfaceId is { } id ? world.Enis.GetValueOrDefault(id) : null;
                if (eni is null || !eni.GroupIds.Order(StringComparer.Ordinal).SequenceEqual(service.SecurityGroups.Order(StringComparer.Ordinal)) || !service.Subnets.Contains(eni.SubnetId))
                {
                    Replace(task);
                }
            }

            world.Services[serviceKey] = service with { DeploymentInProgress = false, Rollout = null };
        }
    }

    /// <summary>Stops the task and starts one with its service's current network, as ECS does for a stopped service task.</summary>
    public void Replace(ObservedTask task)
    {
        world.Tasks[task.TaskArn] = task with { LastStatus = TaskLifecycle.Stopped, DesiredStatus = TaskLifecycle.Stopped, Version = task.Version + 1 };
        if (task.EniAttachment?.NetworkInterfaceId is { } oldEni)
        {
            world.Enis.Remove(oldEni);
        }

        var service = world.Services[FakeAwsWorld.ServiceKey(task.ClusterArn, task.ServiceName!)];
        var n = Interlocked.Increment(ref _sequence);
        var replacement = WorldBuilder.NewTask(world, $"{task.TaskArn[..task.TaskArn.LastIndexOf('/')]}/replacement{n:D20}", task, service.Subnets[0], service.SecurityGroups, n);
        world.Tasks[replacement.TaskArn] = replacement;
    }
}
