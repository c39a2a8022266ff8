using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Networking.Paths;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// The network path from the task ENI to each DNS server it uses (<c>dns.path</c>: the DHCP servers, or the VPC resolver for
/// AmazonProvidedDNS) and to each domain controller (<c>ad.path</c>: every port a domain member needs). A finding per blocking
/// resource and server names what blocks (the group set, the ACL entry, the route) and is rooted at it: one ACL written for
/// Linux' ephemeral ports is one alert, however many tasks and servers it cuts off. Alert only.
/// </summary>
public static class PathChecks
{
    internal static void Collect(TaskNetworkSpec spec, TaskObservation observed, ref List<Finding>? findings)
    {
        if (observed.Eni is not { } eni || observed.Subnet(eni.SubnetId) is not { } subnet ||
            (spec.Spec.Dns is null || observed.Vpc is null) && spec.Spec.ActiveDirectory is null)
        {
            return;
        }

        // Every healthy task asks for every server and service: only a path that does not pass is traced hop by hop.
        var groups = Groups(observed, eni);
        if (spec.Spec.Dns is not null && observed.Vpc is { } vpc)
        {
            foreach (var server in DnsServers(vpc, subnet))
            {
                CollectBlocked(ref findings, observed, groups, subnet, CheckIds.DnsPath, "DNS", server, ActiveDirectoryPorts.Dns);
            }
        }

        if (spec.Spec.ActiveDirectory is { } ad)
        {
            foreach (var controller in ad.DomainControllers)
            {
                if (Cidr.Host(controller) is { } dc)
                {
                    CollectBlocked(ref findings, observed, groups, subnet, CheckIds.AdPath, "Active Directory", dc, ActiveDirectoryPorts.DomainMember);
                }
            }
        }
    }

    private static void CollectBlocked(ref List<Finding>? findings, TaskObservation observed, List<ObservedSecurityGroup> groups, SubnetObservation subnet,
        string check, string purpose, Cidr server, IReadOnlyList<PathService> services)
    {
        List<PathTrace>? blocked = null;
        for (var i = 0; i < services.Count; i++) // an index, not foreach: an interface's enumerator is an allocation per call
        {
            if (!PathTracer.Passes(groups, subnet, server, services[i]))
            {
                (blocked ??= []).Add(PathTracer.Trace(groups, subnet, server, services[i]));
            }
        }

        if (blocked is not null)
        {
            Add(ref findings, observed, new ServerPaths(check, purpose, server, blocked.ToEquatableArray()));
        }
    }

    /// <summary>The ENI's groups as read (a group not read is left out, as the paths leave out what was not read).</summary>
    private static List<ObservedSecurityGroup> Groups(TaskObservation observed, ObservedEni eni)
    {
        var groups = new List<ObservedSecurityGroup>(eni.GroupIds.Count);
        foreach (var id in eni.GroupIds)
        {
            if (observed.Group(id) is { } group)
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    /// <summary>
    /// Every path the checks judge for this task: to each DNS server (when the spec has a dns section) and to each declared
    /// domain controller, every service, hop by hop. Empty when the task's ENI or subnet was not read. <c>ewr explain</c>
    /// shows these; the findings are made from them.
    /// </summary>
    public static IReadOnlyList<ServerPaths> Trace(TaskNetworkSpec spec, TaskObservation observed)
    {
        if (observed.Eni is not { } eni || observed.Subnet(eni.SubnetId) is not { } subnet)
        {
            return [];
        }

        return Trace(spec, observed, eni, subnet);
    }

    // Separate from the test above: the lambdas capture the subnet, and a capture allocates at the top of the method that
    // declares it — here only for a task whose paths are traced.
    private static List<ServerPaths> Trace(TaskNetworkSpec spec, TaskObservation observed, ObservedEni eni, SubnetObservation subnet)
    {
        var groups = Groups(observed, eni);
        var paths = new List<ServerPaths>();
        if (spec.Spec.Dns is not null && observed.Vpc is { } vpc)
        {
            paths.AddRange(DnsServers(vpc, subnet).Select(server =>
                new ServerPaths(CheckIds.DnsPath, "DNS", server, ActiveDirectoryPorts.Dns.Select(s => PathTracer.Trace(groups, subnet, server, s)).ToEquatableArray())));
        }

        if (spec.Spec.ActiveDirectory is { } ad)
        {
            paths.AddRange(ad.DomainControllers.Select(Cidr.Host).OfType<Cidr>().Select(dc =>
                new ServerPaths(CheckIds.AdPath, "Active Directory", dc, ActiveDirectoryPorts.DomainMember.Select(s => PathTracer.Trace(groups, subnet, dc, s)).ToEquatableArray())));
        }

        return paths;
    }

    /// <summary>The servers a task asks: the DHCP option set's, with AmazonProvidedDNS as the VPC resolver (base + 2).</summary>
    public static List<Cidr> DnsServers(VpcDnsObservation vpc, SubnetObservation subnet)
    {
        var servers = new List<Cidr>(vpc.Dhcp.DomainNameServers.Count);
        foreach (var name in vpc.Dhcp.DomainNameServers)
        {
            var server = string.Equals(name, DnsSpec.AmazonProvidedDns, StringComparison.OrdinalIgnoreCase) ? subnet.VpcBlock?.AddressAt(2) : Cidr.Host(name);
            if (server is { } address && !servers.Contains(address))
            {
                servers.Add(address);
            }
        }

        return servers;
    }

    /// <summary>One finding per resource that blocks some service to the server, listing what it blocks.</summary>
    private static void Add(ref List<Finding>? findings, TaskObservation observed, ServerPaths paths)
    {
        var (check, what, server) = (paths.Check, paths.Purpose, paths.Server);
        var blocked = paths.Traces.Where(t => !t.Passes).GroupBy(t => (t.FirstBlock!.Kind, t.FirstBlock.ResourceId));
        foreach (var byResource in blocked)
        {
            var first = byResource.First();
            var hop = first.FirstBlock!;
            var services = string.Join(", ", byResource.Select(t => t.Service.ToString()).Distinct(StringComparer.Ordinal));
            var root = hop.Kind switch
            {
                HopKind.SecurityGroupEgress => new FindingRoot(RootKind.SecurityGroup, hop.ResourceId),
                HopKind.AclOutbound or HopKind.AclReply => FindingRoot.Acl(hop.ResourceId),
                _ => FindingRoot.Routes(hop.ResourceId),
            };
            FindingList.Add(ref findings, new Finding(
                check, $"{root.Id}/{server.AddressText}", Severity.High, root,
                $"{services} reach {server.AddressText} and their replies come back", hop.Detail,
                [observed.Task.TaskArn],
                $"{what} at {server.AddressText} is unreachable from task {observed.Task.TaskId}: {hop.Detail}. {Advice(hop, server)}",
                Remedy.AlertOnly));
        }
    }

    private static string Advice(Hop hop, Cidr server) => hop.Kind switch
    {
        HopKind.SecurityGroupEgress => $"Add an egress rule to one of the task's groups for these ports to {server}.",
        HopKind.AclOutbound => $"Allow these ports outbound to {server} in the subnet's network ACL, before any deny rule.",
        HopKind.AclReply => $"Network ACLs are stateless and Windows takes reply ports from {PathTracer.WindowsEphemeral}: allow that range inbound from {server} (an ACL written for Linux' 32768–60999 or 1024–32767 drops the replies).",
        _ => $"Add a route covering {server} (peering, transit gateway or VPN) to the subnet's route table.",
    };
}
