using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Networking.Paths;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>Issue 12: <c>ewr explain</c>'s core — one task resolved, observed and judged, its paths traced, nothing written.</summary>
public class ReconcilerExplainTests
{
    private const string Dc = "10.0.0.10";

    private static ReconcilerHarness HarnessWithAd(NetworkAcl acl)
    {
        var spec = IisSpec.Create();
        var harness = new ReconcilerHarness().WithSpec(spec with { Spec = spec.Spec with { ActiveDirectory = new ActiveDirectorySpec([Dc]) } });
        harness.World.Subnets[Ids.SubnetA] = new SubnetObservation(Ids.SubnetA, Ids.VpcId, Cidr.Parse("10.20.3.0/24"), 200)
        {
            Acl = acl,
            Routes = new RouteTable("rtb-0a1b2c3d4e5f60718", [new RouteEntry(Cidr.Parse("10.20.0.0/16"), RouteEntry.Local), new RouteEntry(Cidr.Parse("10.0.0.0/16"), "tgw-0123456789abcdef0")]),
            VpcBlock = Cidr.Parse("10.20.0.0/16"),
        };
        return harness;
    }

    [Fact]
    public async Task Explain_AclDroppingWindowsReplies_TracesEveryServerAndNamesTheBlockingEntry()
    {
        var linuxReplies = new NetworkAcl("acl-0linux", [
            new NaclEntry(10, false, IpProtocol.Tcp, new PortRange(1024, 49151), Cidr.AnyIPv4, true),
            new NaclEntry(11, false, IpProtocol.Udp, new PortRange(1024, 49151), Cidr.AnyIPv4, true),
            new NaclEntry(100, true, IpProtocol.All, PortRange.All, Cidr.AnyIPv4, true)]);
        var harness = HarnessWithAd(linuxReplies);

        var explanation = await harness.Reconciler.ExplainAsync(ReconcileTarget.Lookup(Ids.ClusterArn, Ids.TaskArn), CancellationToken.None);

        Assert.Equal("iis-webserver", explanation.SpecName);
        Assert.Null(explanation.Error);
        var dns = Assert.Single(explanation.Paths, p => p.Check == CheckIds.DnsPath);
        Assert.True(dns.Passes);
        Assert.All(dns.Traces, t => Assert.Equal(HopKind.VpcResolver, Assert.Single(t.Hops).Kind));
        var ad = Assert.Single(explanation.Paths, p => p.Check == CheckIds.AdPath);
        Assert.Equal(Dc, ad.Server.AddressText);
        Assert.False(ad.Passes);
        Assert.All(ad.Traces, t => Assert.Equal((HopKind.AclReply, "acl-0linux"), (t.FirstBlock!.Kind, t.FirstBlock.ResourceId)));
        Assert.Contains(explanation.Verdict!.Findings, f => f.Check == CheckIds.AdPath && f.Root == FindingRoot.Acl("acl-0linux"));
    }

    [Fact]
    public async Task Explain_WritesNothingSendsNothingActsOnNothing()
    {
        var harness = HarnessWithAd(new NetworkAcl("acl-0deny", []));
        harness.World.OpenRdpToTheWorld();

        var explanation = await harness.Reconciler.ExplainAsync(ReconcileTarget.Lookup(Ids.ClusterArn, Ids.TaskArn), CancellationToken.None);

        Assert.NotEmpty(explanation.Verdict!.Findings);
        Assert.Null(await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None));
        Assert.Equal(0, harness.Status.Writes);
        Assert.Empty(harness.Sink.Published);
        Assert.Empty(harness.Actuator.Executed);
        Assert.True(harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task Explain_TaskNoSpecSelects_SaysWhyAndTracesNothing()
    {
        var harness = new ReconcilerHarness();

        var explanation = await harness.Reconciler.ExplainAsync(ReconcileTarget.Lookup(Ids.ClusterArn, Ids.TaskArn), CancellationToken.None);

        Assert.Null(explanation.SpecName);
        Assert.Equal("no spec selects it", explanation.Verdict!.Reason);
        Assert.Empty(explanation.Paths);
    }
}
