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
        foreach (var server in Trace(spec, observed))
        {
            Add(ref findings, observed, server);
        }
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

        var groups = eni.GroupIds.Select(observed.Group).OfType<ObservedSecurityGroup>().ToList();
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
    public static IEnumerable<Cidr> DnsServers(VpcDnsObservation vpc, SubnetObservation subnet) =>
        vpc.Dhcp.DomainNameServers
            .Select(s => string.Equals(s, DnsSpec.AmazonProvidedDns, StringComparison.OrdinalIgnoreCase) ? subnet.VpcBlock?.AddressAt(2) : Cidr.Host(s))
            .OfType<Cidr>()
            .Distinct();

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
