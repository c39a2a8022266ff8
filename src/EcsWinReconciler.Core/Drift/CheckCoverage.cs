using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// Whether one judgement looked afresh at a root cause (check + root): if it did and did not find it, the root passes
/// that check now, and an alert on it may resolve. A task is covered by its own judgement; a rule, group permission, VPC,
/// DHCP option set or host when the task's spec checks it and it was observed. A service's group set, subnet and public
/// IP are never covered by one task (the service has many; those alerts close when every task that showed them is gone
/// or passing and a complete resync found no other); the service's rollout is, once the service itself was described.
/// </summary>
public static class CheckCoverage
{
    public static bool Covers(TaskNetworkSpec spec, TaskObservation observed, string check, FindingRoot root)
    {
        var body = spec.Spec;
        return root.Kind switch
        {
            RootKind.Task => root.Id == observed.Task.TaskArn,
            RootKind.Service => check == CheckIds.ServiceRolloutStuck && observed.Service is not null && observed.Task.ServiceArn == root.Id,
            RootKind.SecurityGroupRule => check == CheckIds.ForbiddenIngress && body.SecurityGroups is { ForbiddenIngress.IsEmpty: false } &&
                                          GroupObserved(observed, root.Id[..Math.Max(0, root.Id.IndexOf('/', StringComparison.Ordinal))]),
            RootKind.SecurityGroup => check == CheckIds.RequiredIngress && observed.Eni is not null && RequiresOn(body.SecurityGroups, root.Id),
            RootKind.Vpc => observed.Vpc?.VpcId == root.Id && check switch
            {
                CheckIds.VpcDnsSupport => body.Dns?.VpcDnsSupport is not null,
                CheckIds.VpcDnsHostnames => body.Dns?.VpcDnsHostnames is not null,
                _ => false,
            },
            RootKind.DhcpOptions => observed.Vpc is { } vpc && DhcpChecks.RootOf(vpc) == root && body.Dns is { } dns && check switch
            {
                CheckIds.DhcpDnsServers => !dns.Servers.IsEmpty,
                CheckIds.DhcpDomainName => dns.DomainName is not null,
                CheckIds.DhcpDomainNameMultiValue => true,
                _ => false,
            },
            RootKind.Host => check == CheckIds.HostEniCapacity && observed.Host?.InstanceId == root.Id,
            _ => false,
        };
    }

    /// <summary>The group is on the task's ENI and its rules were read.</summary>
    private static bool GroupObserved(TaskObservation observed, string groupId) =>
        observed.Eni is { } eni && eni.GroupIds.AsImmutableArray().Contains(groupId) && observed.Group(groupId) is not null;

    /// <summary>The spec requires, on the group the root names, the permission the root names.</summary>
    private static bool RequiresOn(SecurityGroupSpec? spec, string rootId)
    {
        if (spec is null)
        {
            return false;
        }

        foreach (var required in spec.RequiredIngress)
        {
            var target = required.Group ?? spec.Ids.FirstOrDefault() ?? "(no group)";
            if (rootId == $"{target}/{SecurityGroupChecks.PermissionKey(required)}")
            {
                return true;
            }
        }

        return false;
    }
}
