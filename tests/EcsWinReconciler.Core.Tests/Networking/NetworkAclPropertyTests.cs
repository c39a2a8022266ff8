using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Networking.Paths;
using EcsWinReconciler.Core.Observation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Networking;

/// <summary>
/// Issue 12: a network ACL's verdict for a whole port range (the interval sweep the path checks use) equals a brute-force
/// evaluation of every port, over random ACLs (rule order, allow/deny, both directions, protocols, CIDRs that do or do not
/// hold the peer); and a route table picks the most specific covering route.
/// </summary>
[Properties(MaxTest = 500)]
public class NetworkAclPropertyTests
{
    private static readonly Cidr Peer = Cidr.Parse("10.0.5.10/32");
    private static readonly Cidr[] Blocks = [Cidr.Parse("0.0.0.0/0"), Cidr.Parse("10.0.0.0/16"), Cidr.Parse("10.0.5.0/24"), Cidr.Parse("10.1.0.0/16"), Cidr.Parse("10.0.5.10/32"), Cidr.Parse("192.168.0.0/16")];
    private static readonly IpProtocol[] Protocols = [IpProtocol.All, IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp];

    private static Gen<NaclEntry> Entry() =>
        from rule in Gen.Choose(1, 400)
        from egress in Gen.Elements(true, false)
        from protocol in Gen.Elements(Protocols)
        from from_ in Gen.Choose(0, 120)
        from width in Gen.Choose(0, 60)
        from cidr in Gen.Elements(Blocks)
        from allow in Gen.Elements(true, false)
        select new NaclEntry(rule, egress, protocol, new PortRange(from_, Math.Min(from_ + width, PortRange.MaxPort)), cidr, allow);

    private static Gen<NetworkAcl> Acl() =>
        from entries in Entry().ListOf().Select(l => l.Take(10).DistinctBy(e => (e.RuleNumber, e.Egress)).ToList())
        select new NetworkAcl("acl-0test", [.. entries]);

    [Property]
    public Property AllowsAll_AnyAclAndRange_EqualsEveryPortAllowed() =>
        Prop.ForAll(
            (from acl in Acl()
             from egress in Gen.Elements(true, false)
             from protocol in Gen.Elements(IpProtocol.Tcp, IpProtocol.Udp)
             from start in Gen.Choose(0, 150)
             from width in Gen.Choose(0, 50)
             select (acl, egress, protocol, range: new PortRange(start, start + width))).ToArbitrary(),
            c =>
            {
                var sweep = c.acl.AllowsAll(c.egress, c.protocol, c.range, Peer);
                var ports = Enumerable.Range(c.range.From, c.range.To - c.range.From + 1).Select(p => (Port: p, Verdict: c.acl.Evaluate(c.egress, c.protocol, p, Peer))).ToList();
                var brute = ports.All(p => p.Verdict.Allowed);
                var namedPortDenied = sweep.Allowed || (sweep.BlockedPorts is { } blocked && !c.acl.Evaluate(c.egress, c.protocol, blocked.From, Peer).Allowed);
                var namedEntryDecidesADeniedPort = sweep.Allowed || sweep.DecidedBy is null || ports.Any(p => !p.Verdict.Allowed && p.Verdict.DecidedBy == sweep.DecidedBy);
                return (sweep.Allowed == brute && namedPortDenied && namedEntryDecidesADeniedPort).Label($"{c}: sweep {sweep.Allowed} ({sweep.Describe()}), brute {brute}");
            });

    [Property]
    public Property PassesAll_AnyAclAndRange_TheSweepsAnswer() =>
        Prop.ForAll(
            (from acl in Acl()
             from egress in Gen.Elements(true, false)
             from protocol in Gen.Elements(IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp)
             from start in Gen.Choose(0, 150)
             from width in Gen.Choose(0, 50)
             select (acl, egress, protocol, range: new PortRange(start, start + width))).ToArbitrary(),
            c => (c.acl.PassesAll(c.egress, c.protocol, c.range, Peer) == c.acl.AllowsAll(c.egress, c.protocol, c.range, Peer).Allowed).Label(c.ToString()));

    private static Gen<ObservedIngressRule> EgressRule() =>
        from protocol in Gen.Elements(Protocols)
        from from_ in Gen.Choose(0, 120)
        from width in Gen.Choose(0, 60)
        from peer in Gen.OneOf(Gen.Elements(Blocks).Select(RuleSource.FromCidr), Gen.Constant(RuleSource.FromGroup("sg-0peer")))
        select new ObservedIngressRule("sgr-0test", "sg-0test", new IngressPermission(protocol, new PortRange(from_, Math.Min(from_ + width, PortRange.MaxPort)), peer));

    /// <summary>The allocation-free answer every healthy task gets equals the hop-by-hop trace's, for any groups, ACL, routes, server and service.</summary>
    [Property]
    public Property PathTracerPasses_AnyPath_EqualsTheTracesVerdict() =>
        Prop.ForAll(
            (from acl in Gen.OneOf(Acl().Select(a => (NetworkAcl?)a), Gen.Constant((NetworkAcl?)null))
             from routeBlocks in Gen.Elements(Blocks).ListOf().Select(l => l.Distinct().Take(4).ToList())
             from blackhole in Gen.Elements(true, false)
             from rules in EgressRule().ListOf().Select(l => l.Take(5).ToList())
             from egressRead in Gen.Elements(true, true, true, false)
             from server in Gen.Elements(Blocks.Select(b => b.AddressAt(0)).Append(Cidr.Parse("10.0.0.2/32")).Append(Cidr.Parse("169.254.169.253/32")).ToArray())
             from protocol in Gen.Elements(IpProtocol.Tcp, IpProtocol.Udp)
             from start in Gen.Choose(0, 150)
             from width in Gen.Choose(0, 30)
             select (acl, routeBlocks, blackhole, rules, egressRead, server, service: new PathService("test", protocol, new PortRange(start, start + width)))).ToArbitrary(),
            c =>
            {
                var subnet = new SubnetObservation("subnet-0test", "vpc-0test", Cidr.Parse("10.0.5.0/24"), 10)
                {
                    Acl = c.acl,
                    Routes = new RouteTable("rtb-0test", [.. c.routeBlocks.Select((b, i) => new RouteEntry(b, $"tgw-{i}", c.blackhole && i == 0))]),
                    VpcBlock = Cidr.Parse("10.0.0.0/16"),
                };
                ObservedSecurityGroup[] groups = [new("sg-0test", "test", "vpc-0test", []) { Egress = c.egressRead ? [.. c.rules] : null }];
                var fast = PathTracer.Passes(groups, subnet, c.server, c.service);
                var trace = PathTracer.Trace(groups, subnet, c.server, c.service);
                return (fast == trace.Passes).Label($"{c}: fast {fast}, trace {trace.Passes} ({trace.FirstBlock?.Detail})");
            });

    [Property]
    public Property Evaluate_FirstMatchingEntryInRuleOrderDecides_ElseDefaultDeny() =>
        Prop.ForAll(
            (from acl in Acl() from egress in Gen.Elements(true, false) from port in Gen.Choose(0, 200) select (acl, egress, port)).ToArbitrary(),
            c =>
            {
                var verdict = c.acl.Evaluate(c.egress, IpProtocol.Tcp, c.port, Peer);
                var first = c.acl.Entries.OrderBy(e => e.RuleNumber).FirstOrDefault(e =>
                    e.Egress == c.egress && (e.Protocol.IsAll || e.Protocol == IpProtocol.Tcp) && e.Cidr.Contains(Peer) && (e.Protocol.IsAll || e.Ports.Contains(PortRange.Single(c.port))));
                return (verdict.DecidedBy == first && verdict.Allowed == (first?.Allow ?? false)).Label(c.ToString());
            });

    [Property]
    public Property RouteTo_AnyRoutes_TheLongestPrefixThatCovers() =>
        Prop.ForAll(
            Gen.Elements(Blocks).ListOf().Select(l => l.Distinct().Take(6).ToList()).ToArbitrary(),
            blocks =>
            {
                var table = new RouteTable("rtb-0test", [.. blocks.Select((b, i) => new RouteEntry(b, $"tgw-{i}"))]);
                var chosen = table.RouteTo(Peer);
                var covering = blocks.Where(b => b.Contains(Peer)).ToList();
                return covering.Count == 0
                    ? (chosen is null).Label("no route covers the peer")
                    : (chosen is not null && chosen.Destination.PrefixLength == covering.Max(b => b.PrefixLength) && chosen.Destination.Contains(Peer)).Label(string.Join(", ", blocks));
            });

    [Fact]
    public void AllowsAll_AclWrittenForLinuxEphemeralPorts_DropsWindowsReplies()
    {
        var linux = new NetworkAcl("acl-0linux",
        [
            new NaclEntry(100, false, IpProtocol.Udp, new PortRange(32768, 60999), Cidr.AnyIPv4, true),
            new NaclEntry(100, true, IpProtocol.Udp, PortRange.Single(53), Cidr.AnyIPv4, true),
        ]);

        var reply = linux.AllowsAll(egress: false, IpProtocol.Udp, new PortRange(49152, 65535), Peer);

        Assert.False(reply.Allowed);
        Assert.Null(reply.DecidedBy);
        Assert.Equal(61000, reply.BlockedPorts!.Value.From);
        Assert.True(linux.AllowsAll(egress: true, IpProtocol.Udp, PortRange.Single(53), Peer).Allowed);
    }
}
