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
    private int _sequence;

    public ConcurrentQueue<(RemediationAction Action, bool DryRun)> Executed { get; } = new();

    public int Writes => Executed.Count(e => !e.DryRun);

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
                world.Vpcs[v.VpcId] = v.Attribute == VpcAttribute.EnableDnsSupport ? vpc with { DnsSupport = true } : vpc with { DnsHostnames = true };
                return ActionOutcome.Applied();
            case UpdateServiceNetwork u:
                var key = FakeAwsWorld.ServiceKey(u.ClusterArn, u.ServiceName);
                world.Services[key] = world.Services[key] with
                {
                    Subnets = u.Subnets, SecurityGroups = u.SecurityGroups, AssignPublicIp = u.AssignPublicIp, DeploymentInProgress = world.RollingDeployments,
                };
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

    private void Replace(ObservedTask task)
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
