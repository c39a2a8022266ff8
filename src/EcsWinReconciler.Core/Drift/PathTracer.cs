using System.Globalization;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Networking.Paths;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// Traces traffic from a task ENI to a server, hop by hop (pure): the ENI's security groups outbound (stateful), the
/// subnet's network ACL outbound to the server's port and inbound for the reply to the ephemeral port Windows chose
/// (stateless: 49152–65535), and the subnet's route table. The VPC resolver (VPC+2) is not filtered by security groups or
/// network ACLs and is always routed (local). Network ACLs apply only where traffic leaves or enters the subnet, so a
/// server in the task's own subnet passes no ACL (docs/FACTS.md §6.1). A hop whose resource was not read is left out,
/// never guessed. The server's own subnet ACL (inbound to it) is not read: only the task's side of the path is traced.
/// </summary>
public static class PathTracer
{
    /// <summary>The dynamic (ephemeral) port range Windows Server uses for outbound connections, so for the replies.</summary>
    public static readonly PortRange WindowsEphemeral = new(49152, 65535);

    public static PathTrace Trace(IReadOnlyList<ObservedSecurityGroup> groups, SubnetObservation subnet, Cidr server, PathService service)
    {
        var text = server.AddressText;
        if (IsVpcResolver(subnet, server))
        {
            return new PathTrace(text, service, [new Hop(HopKind.VpcResolver, subnet.VpcId, true, $"{text} is the VPC resolver: security groups and network ACLs do not filter it")]);
        }

        var hops = new List<Hop>();
        if (Egress(groups, server, service) is { } egress)
        {
            hops.Add(egress);
        }

        if (subnet.Acl is { } acl && !(subnet.Block is { } own && own.Contains(server)))
        {
            hops.Add(AclHop(HopKind.AclOutbound, acl, acl.AllowsAll(egress: true, service.Protocol, service.Ports, server), $"{service} to {text}"));
            hops.Add(AclHop(HopKind.AclReply, acl, acl.AllowsAll(egress: false, service.Protocol, WindowsEphemeral, server), $"the reply from {text} to {service.Protocol} {WindowsEphemeral}"));
        }

        if (subnet.Routes is { } routes)
        {
            hops.Add(RouteHop(routes, subnet, server));
        }

        return new PathTrace(text, service, [.. hops]);
    }

    /// <summary>
    /// Whether <see cref="Trace"/> would pass, without writing why: every healthy task asks this for each server and service,
    /// so it allocates nothing (tracing a domain member's 26 paths with their explanations took ~160 KB and ~250 µs a task).
    /// Only a path that does not pass is traced hop by hop. <c>NetworkAclPropertyTests</c> holds the two to the same answer.
    /// </summary>
    public static bool Passes(IReadOnlyList<ObservedSecurityGroup> groups, SubnetObservation subnet, Cidr server, PathService service)
    {
        if (IsVpcResolver(subnet, server))
        {
            return true;
        }

        if (EgressVerdict(groups, server, service) == Verdict.Blocks)
        {
            return false;
        }

        if (subnet.Acl is { } acl && !(subnet.Block is { } own && own.Contains(server)) &&
            !(acl.PassesAll(egress: true, service.Protocol, service.Ports, server) && acl.PassesAll(egress: false, service.Protocol, WindowsEphemeral, server)))
        {
            return false;
        }

        return subnet.Routes is not { } routes || (subnet.VpcBlock is { } vpc && vpc.Contains(server)) || routes.RouteTo(server) is { Blackhole: false };
    }

    private static readonly Cidr LinkLocalResolver = Cidr.Host("169.254.169.253")!.Value;

    /// <summary>The VPC's resolver address (its base + 2) or the link-local 169.254.169.253.</summary>
    public static bool IsVpcResolver(SubnetObservation subnet, Cidr server) =>
        server == LinkLocalResolver || (subnet.VpcBlock is { } vpc && server == vpc.AddressAt(2));

    private enum Verdict { Unknown, Allows, MayAllow, Blocks }

    /// <summary>
    /// The security groups' outbound verdict, written once for <see cref="Passes"/> and the explained hop: unknown when a group's
    /// egress was not read; allowed by a rule to a CIDR holding the server; "may allow" by a rule to a group or prefix list.
    /// </summary>
    private static Verdict EgressVerdict(IReadOnlyList<ObservedSecurityGroup> groups, Cidr server, PathService service)
    {
        if (groups.Count == 0)
        {
            return Verdict.Unknown;
        }

        var verdict = Verdict.Blocks;
        for (var i = 0; i < groups.Count; i++) // an index, not foreach: an interface's enumerator is an allocation per call
        {
            if (groups[i].Egress is not { } rules)
            {
                return Verdict.Unknown;
            }

            foreach (var rule in rules)
            {
                if (Carries(rule, service))
                {
                    if (rule.Permission.Source.Cidr is { } cidr && cidr.Contains(server))
                    {
                        verdict = Verdict.Allows;
                    }
                    else if (rule.Permission.Source.Cidr is null && verdict == Verdict.Blocks)
                    {
                        verdict = Verdict.MayAllow;
                    }
                }
            }
        }

        return verdict;
    }

    private static bool Carries(ObservedIngressRule rule, PathService service) =>
        rule.Permission.Protocol.Covers(service.Protocol) && (!service.Protocol.HasPorts || rule.Permission.Ports.Contains(service.Ports));

    /// <summary>
    /// Allowed when some egress rule of some group covers the protocol, every port, and the server. A rule whose peer is a
    /// group or a prefix list may reach the server too (its members are not expanded): such a path is not called blocked.
    /// </summary>
    private static Hop? Egress(IReadOnlyList<ObservedSecurityGroup> groups, Cidr server, PathService service)
    {
        var verdict = EgressVerdict(groups, server, service);
        if (verdict == Verdict.Unknown)
        {
            return null;
        }

        var ids = string.Join('+', groups.Select(g => g.Id).Order(StringComparer.Ordinal));
        var rules = groups.SelectMany(g => g.Egress!.Value).Where(r => Carries(r, service)).ToList();
        return verdict switch
        {
            Verdict.Allows when rules.First(r => r.Permission.Source.Cidr is { } cidr && cidr.Contains(server)) is var allowing =>
                new Hop(HopKind.SecurityGroupEgress, ids, true, $"{allowing.GroupId} rule {allowing.RuleId} allows {allowing.Permission.Protocol} {allowing.Permission.Ports} to {allowing.Permission.Source}"),
            Verdict.MayAllow when rules.First(r => r.Permission.Source.Cidr is null) is var maybe =>
                new Hop(HopKind.SecurityGroupEgress, ids, true, $"{maybe.GroupId} rule {maybe.RuleId} allows {maybe.Permission.Protocol} {maybe.Permission.Ports} to {maybe.Permission.Source} (not expanded: assumed to include {server.AddressText})"),
            _ => new Hop(HopKind.SecurityGroupEgress, ids, false, $"no egress rule of {ids.Replace("+", ", ", StringComparison.Ordinal)} allows {service} to {server.AddressText}"),
        };
    }

    private static Hop AclHop(HopKind kind, NetworkAcl acl, NaclVerdict verdict, string what) =>
        new(kind, acl.Id, verdict.Allowed, verdict.Allowed
            ? $"{acl.Id} allows {what}"
            : $"{acl.Id} {verdict.Describe()} blocks {what}{(verdict.BlockedPorts is { } ports ? $" (port {ports.From.ToString(CultureInfo.InvariantCulture)} and more)" : string.Empty)}");

    private static Hop RouteHop(RouteTable routes, SubnetObservation subnet, Cidr server)
    {
        if (subnet.VpcBlock is { } vpc && vpc.Contains(server))
        {
            return new Hop(HopKind.Route, routes.Id, true, $"{server.AddressText} is in the VPC ({vpc}): local");
        }

        var route = routes.RouteTo(server);
        return route switch
        {
            null => new Hop(HopKind.Route, routes.Id, false, $"{routes.Id} has no route to {server.AddressText}"),
            { Blackhole: true } => new Hop(HopKind.Route, routes.Id, false, $"{routes.Id} routes {server.AddressText} to {route.Target}, which is gone (blackhole)"),
            _ => new Hop(HopKind.Route, routes.Id, true, $"{routes.Id} routes {server.AddressText} via {route.Describe()}"),
        };
    }
}
