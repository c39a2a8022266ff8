using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Functions;

public sealed class SpecChangeFunctionTests
{
    private static readonly string IisDoc = StreamEvents.Document("iis-webserver", Ids.ClusterName, Ids.Family);

    [Fact]
    public async Task Invoke_SampleModify_ReconcilesTheSpecsTasks()
    {
        var rig = new FunctionRig(FunctionKind.SpecChange);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.SpecChangeModify));

        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        Assert.Equal("iis-webserver", response.GetProperty("subject").GetString());
        Assert.Equal(1, response.GetProperty("tasks").GetInt32());
        Assert.Equal(1, response.GetProperty("judged").GetInt32());
    }

    [Fact]
    public async Task Invoke_AnyChange_DropsTheKeptSpecListBeforeReconciling()
    {
        var order = new List<string>();
        var rig = new FunctionRig(FunctionKind.SpecChange, wrapPorts: ports => ports with
        {
            Ports = ports.Ports with { Specs = new ListRecordingSpecs(ports.Ports.Specs, order) },
            Caches = new OrderRecordingCaches(order),
        });

        await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.SpecChangeModify));

        Assert.Equal("forget", order[0]);
        Assert.Contains("list", order);
    }

    [Fact]
    public async Task Invoke_SpecRemoved_ReconcilesItsOldTasksAndClosesTheirAlerts()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        var opened = await new FunctionRig(FunctionKind.TaskState, harness).InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));
        Assert.True(opened.GetProperty("alertsOpened").GetInt32() >= 1);
        await harness.Specs.DeleteAsync("iis-webserver", null, CancellationToken.None);
        var rig = new FunctionRig(FunctionKind.SpecChange, harness);

        var response = await rig.InvokeAsync(StreamEvents.Batch(StreamEvents.Record("REMOVE", "iis-webserver", StreamEvents.Image("iis-webserver", IisDoc), null)));

        Assert.Equal(1, response.GetProperty("tasks").GetInt32());
        Assert.Equal(0, response.GetProperty("judged").GetInt32());
        Assert.Equal(opened.GetProperty("alertsOpened").GetInt32(), response.GetProperty("alertsResolved").GetInt32());
        Assert.Empty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task Invoke_SelectorMovedToAnotherFamily_ReconcilesTheTasksOfBoth()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        AddApiTask(harness.World);
        var rig = new FunctionRig(FunctionKind.SpecChange, harness);
        var apiDoc = StreamEvents.Document("iis-webserver", Ids.ClusterName, "api");

        var response = await rig.InvokeAsync(StreamEvents.Batch(StreamEvents.Record("MODIFY", "iis-webserver",
            StreamEvents.Image("iis-webserver", IisDoc, 1), StreamEvents.Image("iis-webserver", apiDoc, 2))));

        Assert.Equal(2, response.GetProperty("tasks").GetInt32());
    }

    [Fact]
    public async Task Invoke_ImagesMissing_FallsBackToEverySelectionOfTheSpecs()
    {
        var rig = new FunctionRig(FunctionKind.SpecChange);

        var response = await rig.InvokeAsync(StreamEvents.Batch(StreamEvents.Record("REMOVE", "gone", null, null)));

        Assert.Equal(1, response.GetProperty("tasks").GetInt32());
        Assert.Contains(rig.Logs, l => l.TryGetProperty("eventId", out var id) && id.GetInt32() == 4041);
    }

    [Fact]
    public async Task Invoke_BatchWithOneBadRecord_ReconcilesTheRestAndCountsTheBadOne()
    {
        var rig = new FunctionRig(FunctionKind.SpecChange);

        var response = await rig.InvokeAsync(StreamEvents.Batch(
            StreamEvents.Record("TRUNCATE", "x", null, null),
            StreamEvents.Record("INSERT", "iis-webserver", null, StreamEvents.Image("iis-webserver", IisDoc))));

        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        Assert.Equal(1, response.GetProperty("rejectedRecords").GetInt32());
        Assert.Equal(1, rig.LastMetrics()["RejectedEvents"]);
        Assert.Equal(1, response.GetProperty("tasks").GetInt32());
    }

    [Fact]
    public async Task Invoke_EveryRecordBad_IsRejected()
    {
        var rig = new FunctionRig(FunctionKind.SpecChange);

        var response = await rig.InvokeAsync(StreamEvents.Batch(StreamEvents.Record("TRUNCATE", "x", null, null), StreamEvents.Record("TRUNCATE", "y", null, null)));

        Assert.Equal("rejected", response.GetProperty("status").GetString());
        Assert.Equal(2, response.GetProperty("rejectedRecords").GetInt32());
        Assert.Equal(0, rig.Harness.World.TotalCalls);
    }

    private static void AddApiTask(FakeAwsWorld world)
    {
        const string definition = "arn:aws:ecs:us-east-1:111122223333:task-definition/api:3";
        world.Definitions[definition] = new TaskDefinitionInfo(definition, "api", 3, "awsvpc", null);
        var template = IisObservation.Task() with { TaskDefinitionArn = definition, Group = "service:api" };
        var task = WorldBuilder.NewTask(world, "arn:aws:ecs:us-east-1:111122223333:task/win-prod/00000000000000000000000000000a91", template, Ids.SubnetA, [Ids.WebGroup], 7);
        world.Tasks[task.TaskArn] = task;
    }

    private sealed class OrderRecordingCaches(List<string> order) : ICacheInvalidation
    {
        public void ForgetResources(IEnumerable<string> resourceIds) => order.Add("forget resources");

        public void ForgetSpecs() => order.Add("forget");
    }

    private sealed class ListRecordingSpecs(ISpecStore inner, List<string> order) : ISpecStore
    {
        public Task<IReadOnlyList<StoredSpec>> ListAsync(CancellationToken cancellationToken)
        {
            order.Add("list");
            return inner.ListAsync(cancellationToken);
        }

        public Task<StoredSpec?> GetAsync(string name, CancellationToken cancellationToken) => inner.GetAsync(name, cancellationToken);

        public Task<SpecApplyResult> ApplyAsync(TaskNetworkSpec spec, string document, long? expectedGeneration, CancellationToken cancellationToken) =>
            inner.ApplyAsync(spec, document, expectedGeneration, cancellationToken);

        public Task<bool> DeleteAsync(string name, long? expectedGeneration, CancellationToken cancellationToken) => inner.DeleteAsync(name, expectedGeneration, cancellationToken);
    }
}
