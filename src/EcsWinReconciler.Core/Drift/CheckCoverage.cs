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
            RootKind.SecurityGroup => check switch
            {
                CheckIds.RequiredIngress => observed.Eni is not null && RequiresOn(body.SecurityGroups, root.Id),
                CheckIds.DnsPath or CheckIds.AdPath => PathChecked(spec, observed, check) && observed.Eni is { } eni &&
                    FindingRoot.GroupSet(eni.GroupIds).Id == root.Id && eni.GroupIds.All(g => observed.Group(g)?.Egress is not null),
                _ => false,
            },
            RootKind.NetworkAcl => PathChecked(spec, observed, check) && EniSubnet(observed)?.Acl?.Id == root.Id,
            RootKind.RouteTable => PathChecked(spec, observed, check) && EniSubnet(observed)?.Routes?.Id == root.Id,
            RootKind.Subnet => check == CheckIds.EniSubnetCapacity && body.Eni is { } eniSpec && eniSpec.Subnets.Contains(root.Id) && observed.Subnet(root.Id) is not null,
            RootKind.Vpc => observed.Vpc?.VpcId == root.Id && check switch
            {
                CheckIds.VpcDnsSupport => body.Dns?.VpcDnsSupport is not null,
                CheckIds.VpcDnsHostnames => body.Dns?.VpcDnsHostnames is not null,
                CheckIds.DnsResolverRule => body.ActiveDirectory is not null && observed.ResolverRules is not null,
                _ => false,
            },
            RootKind.DhcpOptions => observed.Vpc is { } vpc && DhcpChecks.RootOf(vpc) == root && body.Dns is { } dns && check switch
            {
                CheckIds.DhcpDnsServers => !dns.Servers.IsEmpty,
                CheckIds.DhcpDomainName => dns.DomainName is not null,
                CheckIds.DhcpDomainNameMultiValue => true,
                _ => false,
            },
            RootKind.Host => check switch
            {
                CheckIds.HostEniCapacity => observed.Host?.InstanceId == root.Id,
                CheckIds.HostAwsvpcReady => observed.ContainerInstance is { } instance && (instance.Ec2InstanceId ?? instance.Arn) == root.Id,
                _ => false,
            },
            _ => false,
        };
    }

    /// <summary>The path check ran for this task: the spec asks for it and the ENI's subnet was read.</summary>
    private static bool PathChecked(TaskNetworkSpec spec, TaskObservation observed, string check) =>
        EniSubnet(observed) is not null && (check == CheckIds.DnsPath ? spec.Spec.Dns is not null && observed.Vpc is not null : spec.Spec.ActiveDirectory is not null);

    private static SubnetObservation? EniSubnet(TaskObservation observed) => observed.Eni is { } eni ? observed.Subnet(eni.SubnetId) : null;

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
