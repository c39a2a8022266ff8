using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Observe;

public class EniReadPlanTests
{
    [Fact]
    public void For_ThousandTasksThirteenPerHost_ReadByHostInFewerCalls()
    {
        var plan = EniReadPlan.For(Tasks(1000, perHost: 13));

        Assert.Equal((77, 0), (plan.Hosts.Count, plan.EniIds.Count));
    }

    /// <summary>One call either way: the hosts', which also answers the capacity check's ENI counts.</summary>
    [Fact]
    public void For_OneTaskEvent_ByItsHost()
    {
        var plan = EniReadPlan.For(Tasks(1, perHost: 13));

        Assert.Equal((1, 0), (plan.Hosts.Count, plan.EniIds.Count));
    }

    /// <summary>1,000 hosts: five filters of a page each, as many calls as by id; the tie goes to the hosts.</summary>
    [Fact]
    public void For_OneTaskPerHost_ByHosts()
    {
        var plan = EniReadPlan.For(Tasks(1000, perHost: 1));

        Assert.Equal((1000, 0), (plan.Hosts.Count, plan.EniIds.Count));
    }

    [Fact]
    public void For_NoHostKnown_ById()
    {
        var plan = EniReadPlan.For([.. Tasks(300, perHost: 13).Select(t => (t.EniId, (string?)null))]);

        Assert.Equal((0, 300), (plan.Hosts.Count, plan.EniIds.Count));
    }

    [Fact]
    public void For_SomeTasksOfUnknownHosts_ThoseById()
    {
        var tasks = Tasks(1000, perHost: 13).Select((t, i) => i < 10 ? (t.EniId, (string?)null) : t).ToList();

        var plan = EniReadPlan.For(tasks);

        Assert.Equal(10, plan.EniIds.Count);
        Assert.NotEmpty(plan.Hosts);
    }

    [Fact]
    public void For_NoTasks_NothingToRead() =>
        Assert.Equal((0, 0), (EniReadPlan.For([]).Hosts.Count, EniReadPlan.For([]).EniIds.Count));

    /// <summary>One task on a known host, one on an unknown one: a single call by id beats a host filter plus an id call.</summary>
    [Fact]
    public void For_OneTaskOnAHostAndOneWithout_BothByIdInOneCall()
    {
        var plan = EniReadPlan.For([("eni-1", "i-1"), ("eni-2", null)]);

        Assert.Empty(plan.Hosts);
        Assert.Equal(["eni-1", "eni-2"], plan.EniIds);
    }

    private static List<(string EniId, string? Host)> Tasks(int count, int perHost) =>
        [.. Enumerable.Range(0, count).Select(i => ($"eni-{i:x17}", (string?)$"i-{i / perHost:x17}"))];
}
