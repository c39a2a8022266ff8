using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Observe;

/// <summary>A batch reads subnets only when a spec will check them: its allowed subnets (headroom), or the task's own for DNS or Active Directory.</summary>
public class BatchObservationTests
{
    [Fact]
    public async Task Event_SpecChecksNoSubnetNorDns_NoSubnetRead()
    {
        var harness = WithSpec(body => body with { Eni = null, Dns = null });

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal((1, 0), (summary.Judged, summary.Failed));
        Assert.Equal(0, harness.World.CallsTo("DescribeSubnets"));
    }

    /// <summary>No subnets allowed by the spec, but DNS checked: the task's own subnet is read.</summary>
    [Fact]
    public async Task Event_SpecChecksDnsOnly_ReadsTheTasksSubnet()
    {
        var harness = WithSpec(body => body with { Eni = null });

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal((1, 0), (summary.Judged, summary.Failed));
        Assert.Equal(1, harness.World.CallsTo("DescribeSubnets"));
    }

    /// <summary>No DNS nor Active Directory checked, but subnets allowed: those are read for their headroom.</summary>
    [Fact]
    public async Task Event_SpecAllowsSubnetsWithoutDns_ReadsThem()
    {
        var harness = WithSpec(body => body with { Dns = null });

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal((1, 0), (summary.Judged, summary.Failed));
        Assert.Equal(1, harness.World.CallsTo("DescribeSubnets"));
    }

    private static ReconcilerHarness WithSpec(Func<SpecBody, SpecBody> change)
    {
        var spec = IisSpec.Create();
        return new ReconcilerHarness().WithSpec(spec with { Spec = change(spec.Spec) });
    }
}
