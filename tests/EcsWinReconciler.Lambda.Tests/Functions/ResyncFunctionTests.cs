using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Lambda.Tests.Functions;

public sealed class ResyncFunctionTests
{
    [Fact]
    public async Task Invoke_Schedule_ReconcilesEveryRunningTaskOfEverySpec()
    {
        var rig = new FunctionRig(FunctionKind.Resync, new ReconcilerHarness(WorldBuilder.Iis(tasks: 3)).WithIisSpec());

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.ResyncSchedule));

        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        Assert.Equal(3, response.GetProperty("tasks").GetInt32());
        Assert.Equal(3, response.GetProperty("judged").GetInt32());
        Assert.Equal(0, response.GetProperty("remaining").GetInt32());
        Assert.StartsWith("arn:aws:events:us-east-1:111122223333:rule/", response.GetProperty("subject").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Issue 17: one batch of the function's size (1,000) reads every ENI on the batch's one host in one call (by id: two).</summary>
    [Fact]
    public async Task Invoke_250TasksOnOneHost_OneEniReadForAll()
    {
        var rig = new FunctionRig(FunctionKind.Resync, new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)).WithIisSpec());

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.ResyncSchedule));

        Assert.Equal(250, response.GetProperty("judged").GetInt32());
        Assert.Equal(1, rig.Harness.World.CallsTo("DescribeNetworkInterfaces"));
    }

    [Fact]
    public async Task Invoke_DeadlineComesDuringTheRun_StopsAndReportsWhatIsLeft()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 130)).WithIisSpec();
        var rig = new FunctionRig(FunctionKind.Resync, harness);
        harness.World.OnDescribeTasks = () => harness.Time.Advance(TimeSpan.FromMinutes(5));

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.ResyncSchedule));

        Assert.Equal(1, response.GetProperty("tasks").GetInt32());
        Assert.Equal(129, response.GetProperty("remaining").GetInt32());
        Assert.Equal(129, rig.LastMetrics()["TasksRemaining"]);
        Assert.Contains(rig.Logs, l => l.TryGetProperty("eventId", out var id) && id.GetInt32() == 4031);
    }

    /// <summary>Issue 8: the next run continues where the last one stopped, instead of starting over.</summary>
    [Fact]
    public async Task Invoke_DeadlineComesDuringEveryRun_EachRunContinuesWhereTheLastStopped()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 130)).WithIisSpec();
        var rig = new FunctionRig(FunctionKind.Resync, harness);
        harness.World.OnDescribeTasks = () => harness.Time.Advance(TimeSpan.FromMinutes(5));

        var first = await harness.Cursor.GetAsync(Core.Reconciliation.Reconciler.AllSelectionsSweep, CancellationToken.None);
        var positions = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.ResyncSchedule));
            Assert.Equal(1, response.GetProperty("judged").GetInt32());
            positions.Add(await harness.Cursor.GetAsync(Core.Reconciliation.Reconciler.AllSelectionsSweep, CancellationToken.None));
        }

        Assert.Null(first);
        Assert.Equal(3, positions.Distinct().Count());
        Assert.Equal(positions.Order(StringComparer.Ordinal), positions);
    }

    [Fact]
    public async Task Invoke_SpecsClusterNotInTheStack_ReconcilesNothing()
    {
        var rig = new FunctionRig(FunctionKind.Resync, configure: s => s with { Deployment = s.Deployment with { Clusters = ["arn:aws:ecs:us-east-1:111122223333:cluster/win-test"] } });

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.ResyncSchedule));

        Assert.Equal(0, response.GetProperty("tasks").GetInt32());
        Assert.Equal(0, rig.Harness.World.CallsTo("ListTasks"));
        Assert.Contains(rig.Logs, l => l.TryGetProperty("eventId", out var id) && id.GetInt32() == 4050);
    }

    [Theory]
    [InlineData(SampleEvents.TaskRunning)]
    [InlineData(SampleEvents.SpecChangeModify)]
    public async Task Invoke_AnythingButASchedule_IsRejected(string sample)
    {
        var rig = new FunctionRig(FunctionKind.Resync);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(sample));

        Assert.Equal("rejected", response.GetProperty("status").GetString());
        Assert.Equal(0, rig.Harness.World.TotalCalls);
    }
}
