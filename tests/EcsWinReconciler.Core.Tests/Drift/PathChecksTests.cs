using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>Issue 12: the path from the task ENI to its DNS servers and domain controllers, hop by hop, on the IIS task.</summary>
public class PathChecksTests
{
    private const string Dc1 = "10.0.0.10";
    private const string Dc2 = "10.0.1.10";
    private static readonly Cidr AnyV4 = Cidr.AnyIPv4;

    private static NetworkAcl OpenAcl(params NaclEntry[] first) => new("acl-0a1b2c3d4e5f60718",
    [
        .. first,
        new NaclEntry(100, true, IpProtocol.All, PortRange.All, AnyV4, true),
        new NaclEntry(100, false, IpProtocol.All, PortRange.All, AnyV4, true),
    ]);

    private static RouteTable Routes(params RouteEntry[] extra) => new("rtb-0a1b2c3d4e5f60718", [new RouteEntry(Cidr.Parse("10.20.0.0/16"), RouteEntry.Local), .. extra]);

    private static ObservedIngressRule AllOut { get; } = new("sgr-0out", Ids.WebGroup, new IngressPermission(IpProtocol.All, PortRange.All, RuleSource.FromCidr(AnyV4)));

    /// <summary>The IIS task in VPC 10.20.0.0/16, DHCP giving the two DCs (in another VPC, reached over a transit gateway).</summary>
    private static TaskObservation Observed(NetworkAcl? acl = null, RouteTable? routes = null, ObservedIngressRule[]? egress = null, string[]? servers = null)
    {
        var healthy = IisObservation.Healthy();
        var subnet = new SubnetObservation(Ids.SubnetA, Ids.VpcId, Cidr.Parse("10.20.3.0/24"), 200)
        {
            Acl = acl ?? OpenAcl(),
            Routes = routes ?? Routes(new RouteEntry(Cidr.Parse("10.0.0.0/16"), "tgw-0123456789abcdef0")),
            VpcBlock = Cidr.Parse("10.20.0.0/16"),
        };
        return healthy with
        {
            SecurityGroups = [IisObservation.WebGroup() with { Egress = [.. egress ?? [AllOut]] }],
            Vpc = healthy.Vpc! with { Dhcp = new DhcpOptionsObservation(Ids.DhcpOptionsId, [.. servers ?? [Dc1, Dc2]], ["corp.example.com"]) },
            Subnets = [subnet],
        };
    }

    private static TaskNetworkSpec Spec(bool withAd = false)
    {
        var spec = IisSpec.Create();
        var body = spec.Spec with { Dns = spec.Spec.Dns! with { Servers = [Dc1, Dc2] } };
        return spec with { Spec = withAd ? body with { ActiveDirectory = new ActiveDirectorySpec([Dc1, Dc2]) } : body };
    }

    private static List<Finding> Findings(TaskObservation observed, TaskNetworkSpec? spec = null) =>
        [.. DriftEvaluator.Evaluate(spec ?? Spec(), observed).Findings.Where(f => f.Check is CheckIds.DnsPath or CheckIds.AdPath)];

    [Fact]
    public void Evaluate_OpenPath_NoFinding() => Assert.Empty(Findings(Observed()));

    [Fact]
    public void Evaluate_AclAllowsOnlyLinuxEphemeralReplies_OneFindingPerServerRootedAtTheAcl()
    {
        var acl = OpenAcl(
            new NaclEntry(40, false, IpProtocol.Tcp, new PortRange(32768, 60999), AnyV4, true),
            new NaclEntry(41, false, IpProtocol.Udp, new PortRange(32768, 60999), AnyV4, true),
            new NaclEntry(50, false, IpProtocol.Tcp, new PortRange(1024, 65535), AnyV4, false),
            new NaclEntry(51, false, IpProtocol.Udp, new PortRange(1024, 65535), AnyV4, false));

        var findings = Findings(Observed(acl: acl));

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingRoot.Acl(acl.Id), f.Root));
        Assert.Equal($"{CheckIds.DnsPath}@acl:{acl.Id}", findings[0].Cause);
        Assert.Contains("rule 51 (inbound deny udp 1024-65535 from 0.0.0.0/0)", findings[0].Actual, StringComparison.Ordinal);
        Assert.Contains("port 61000", findings[0].Actual, StringComparison.Ordinal);
        Assert.Contains("49152-65535", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoEgressFor53_FindingRootedAtTheGroupSet()
    {
        var https = new ObservedIngressRule("sgr-0https", Ids.WebGroup, new IngressPermission(IpProtocol.Tcp, PortRange.Single(443), RuleSource.FromCidr(AnyV4)));

        var findings = Findings(Observed(egress: [https]));

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingRoot.GroupSet([Ids.WebGroup]), f.Root));
        Assert.Contains("DNS (udp 53), DNS (tcp 53)", findings[0].Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoRouteToTheDomainControllers_FindingRootedAtTheRouteTable()
    {
        var finding = Findings(Observed(routes: Routes())).First();

        Assert.Equal(FindingRoot.Routes("rtb-0a1b2c3d4e5f60718"), finding.Root);
        Assert.Contains("no route to 10.0.0.10", finding.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BlackholeRoute_Blocks() =>
        Assert.Contains("blackhole", Findings(Observed(routes: Routes(new RouteEntry(Cidr.Parse("10.0.0.0/16"), "pcx-0gone", Blackhole: true)))).First().Actual, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_AmazonProvidedDns_TheVpcResolverIsNotFilteredEvenByADenyAllAcl()
    {
        var denyAll = new NetworkAcl("acl-0deny", []);

        Assert.Empty(Findings(Observed(acl: denyAll, egress: [], servers: ["AmazonProvidedDNS"])));
    }

    [Fact]
    public void Evaluate_ActiveDirectory_TheDynamicRpcRangeAndKerberosAreTracedToo()
    {
        var noRpc = OpenAcl(new NaclEntry(10, true, IpProtocol.Tcp, new PortRange(49152, 65535), AnyV4, false));

        var ad = Findings(Observed(acl: noRpc), Spec(withAd: true)).Where(f => f.Check == CheckIds.AdPath).ToList();

        Assert.Equal(2, ad.Count);
        Assert.Contains("Dynamic RPC (tcp 49152-65535)", ad[0].Expected, StringComparison.Ordinal);
        Assert.DoesNotContain("Kerberos", ad[0].Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ServerInTheTasksOwnSubnet_TheAclIsNotCrossedButAServerElsewhereIsBlocked()
    {
        var denyAll = new NetworkAcl("acl-0deny", []);

        var findings = Findings(Observed(acl: denyAll, servers: ["10.20.3.10", "10.20.4.10"]));

        var blocked = Assert.Single(findings);
        Assert.Contains("10.20.4.10", blocked.Actual, StringComparison.Ordinal);
        Assert.DoesNotContain("10.20.3.10", blocked.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SubnetNotRead_NoPathJudged() =>
        Assert.Empty(Findings(Observed(acl: new NetworkAcl("acl-0deny", [])) with { Subnets = [] }));

    [Fact]
    public void Evaluate_SpecSetsASeverityForTheCheck_ItIsUsed()
    {
        var spec = Spec();
        spec = spec with { Spec = spec.Spec with { Alerts = spec.Spec.Alerts with { CheckSeverities = [new(CheckIds.DnsPath, Severity.Critical)] } } };

        Assert.All(Findings(Observed(routes: Routes()), spec), f => Assert.Equal(Severity.Critical, f.Severity));
    }

    [Fact]
    public void Covers_EveryPathFindingsRoot_SoAnAlertResolvesWhenTheSameLookPasses()
    {
        var acl = OpenAcl(new NaclEntry(5, false, IpProtocol.All, PortRange.All, AnyV4, false));
        var observed = Observed(acl: acl);

        Assert.All(Findings(observed), f => Assert.True(CheckCoverage.Covers(Spec(), observed, f.Check, f.Root), f.Cause));
        Assert.True(CheckCoverage.Covers(Spec(), Observed(), CheckIds.DnsPath, FindingRoot.Acl(acl.Id)));
    }
}
