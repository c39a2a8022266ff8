using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Planning;

/// <summary>
/// ENI-level drift (groups, subnet, public IP) comes from the service's awsvpcConfiguration: when that is wrong,
/// update the service (a new deployment replaces its tasks); when it is already right, replace the task.
/// Standalone tasks have nothing to start a replacement, so they are alerted only.
/// </summary>
internal static class ServiceRemediation
{
    /// <remarks>
    /// The service's own configuration is judged first: when it is wrong, a rollout in progress carries the wrong
    /// configuration too, so it is repaired even then. Only when it is right does a rollout count as the repair under way.
    /// </remarks>
    public static RepairChoice Choose(PlanningInput input, Finding finding, RemediationMode mode)
    {
        var task = input.Observation.Task;
        if (task.ServiceName is not { } serviceName)
        {
            return RepairChoice.None("standalone task: nothing would start a replacement, so it is not stopped");
        }

        if (input.Observation.Service is not { } service)
        {
            return RepairChoice.None($"service {serviceName} was not found");
        }

        var desired = Desired(input.Spec.Spec, service, input.ExceptedChecks);
        var serviceIsRight = IdSets.SameSet(service.Subnets, desired.Subnets) && IdSets.SameSet(service.SecurityGroups, desired.Groups) && service.AssignPublicIp == desired.PublicIp;
        if (!serviceIsRight)
        {
            return mode == RemediationMode.ReplaceTask
                ? RepairChoice.None($"service {serviceName}'s awsvpcConfiguration is wrong, so a replacement task would repeat the drift; set remediation to remediate to update the service")
                : RepairChoice.Act(new UpdateServiceNetwork(service.ClusterArn, serviceName, desired.Subnets, desired.Groups, desired.PublicIp));
        }

        if (service.DeploymentInProgress)
        {
            return RepairChoice.InProgress($"service {serviceName} is rolling out a deployment with the right network, which replaces this task");
        }

        var reason = $"EcsWinReconciler: {finding.Check} drift on {finding.ResourceId}; replacing the task so service {serviceName} starts one with the right network";
        return RepairChoice.Act(ReplaceTask.Create(task.ClusterArn, task.TaskArn, reason));
    }

    /// <summary>
    /// The service's network as the spec wants it, changing only what the spec constrains, and nothing an exception in force
    /// covers (<paramref name="excepted"/>: those parts stay as the service has them).
    /// </summary>
    internal static (EquatableArray<string> Subnets, EquatableArray<string> Groups, bool PublicIp) Desired(SpecBody spec, ObservedService service, EquatableArray<string> excepted = default)
    {
        var keep = excepted;
        if (!keep.IsEmpty)
        {
            var kept = Desired(spec, service);
            return (
                keep.Contains(CheckIds.EniSubnet) ? Sorted(service.Subnets) : kept.Subnets,
                keep.Contains(CheckIds.SecurityGroupSet) ? Sorted(service.SecurityGroups) : kept.Groups,
                keep.Contains(CheckIds.EniPublicIp) ? service.AssignPublicIp : kept.PublicIp);
        }

        var subnets = spec.Eni is { Subnets.IsEmpty: false } eni && !IdSets.AllIn(service.Subnets, eni.Subnets)
            ? eni.Subnets
            : service.Subnets;
        var groups = spec.SecurityGroups switch
        {
            { Match: GroupMatch.Exact } sg => sg.Ids,
            { Match: GroupMatch.Superset } sg when !IdSets.AllIn(sg.Ids, service.SecurityGroups) => sg.Ids,
            _ => service.SecurityGroups,
        };
        var publicIp = spec.Eni?.PublicIp == PublicIpPolicy.Forbidden ? false : service.AssignPublicIp;
        return (Sorted(subnets), Sorted(groups), publicIp);
    }

    private static EquatableArray<string> Sorted(EquatableArray<string> items) => items.Order(StringComparer.Ordinal).ToEquatableArray();
}
