using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Resolve;

/// <summary>
/// Reading the container instances fails: only a task whose OS only its instance could tell fails (no false all-clear on a
/// task never judged); a task whose definition names its OS, or that has no instance to ask, goes on.
/// </summary>
public sealed class PlatformReaderTests
{
    private const string WindowsDefinition = "arn:aws:ecs:us-east-1:111122223333:task-definition/iis-webserver:2";
    private const string BlankOsDefinition = "arn:aws:ecs:us-east-1:111122223333:task-definition/iis-webserver:3";

    [Fact]
    public async Task Reconcile_ContainerInstancesUnreadable_FailsOnlyTheTasksWhoseOsTheInstanceHadToTell()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 4)).WithIisSpec();
        var world = harness.World;
        world.Definitions[WindowsDefinition] = new TaskDefinitionInfo(WindowsDefinition, Ids.Family, 2, "awsvpc", "WINDOWS_SERVER_2022_CORE");
        world.Definitions[BlankOsDefinition] = new TaskDefinitionInfo(BlankOsDefinition, Ids.Family, 3, "awsvpc", "");
        var arns = world.Tasks.Keys.Order(StringComparer.Ordinal).ToList();
        var (noOs, blankOs, windows, noInstance) = (arns[0], arns[1], arns[2], arns[3]);
        world.Tasks[blankOs] = world.Tasks[blankOs] with { TaskDefinitionArn = BlankOsDefinition };
        world.Tasks[windows] = world.Tasks[windows] with { TaskDefinitionArn = WindowsDefinition };
        world.Tasks[noInstance] = world.Tasks[noInstance] with { ContainerInstanceArn = null };
        world.Failures["DescribeContainerInstances"] = new AdapterException("ecs", "DescribeContainerInstances", Ids.ClusterName, "Rate exceeded", isTransient: true);

        var summary = await harness.Reconciler.ReconcileSelectionsAsync([new(Ids.ClusterName, null)], null, CancellationToken.None);

        var errors = summary.Tasks.ToDictionary(t => t.TaskArn, t => t.Error);
        Assert.StartsWith("reading container instances failed: ", errors[noOs], StringComparison.Ordinal);
        Assert.StartsWith("reading container instances failed: ", errors[blankOs], StringComparison.Ordinal);
        Assert.Contains("Rate exceeded", errors[noOs], StringComparison.Ordinal);
        Assert.Null(errors[windows]);
        Assert.Null(errors[noInstance]);
        Assert.Equal(2, summary.Failed);
        Assert.Equal(JudgementKind.Judged, summary.Tasks.Single(t => t.TaskArn == windows).Judgement.Kind);
    }

    [Fact]
    public async Task Reconcile_NoTaskHasAContainerInstance_AsksEcsForNone()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.Tasks[Ids.TaskArn] = harness.World.Tasks[Ids.TaskArn] with { ContainerInstanceArn = null };

        var summary = await harness.OnTaskEventAsync();

        Assert.Null(Assert.Single(summary.Tasks).Error);
        Assert.Equal(0, harness.World.CallsTo("DescribeContainerInstances"));
    }
}
