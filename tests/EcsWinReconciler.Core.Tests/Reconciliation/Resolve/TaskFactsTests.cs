using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Resolve;

public class TaskFactsTests
{
    /// <summary>An event says "eni" with its details in one order; DescribeTasks "ElasticNetworkInterface", another order, a MAC.</summary>
    [Fact]
    public void Of_SameTaskFromAnEventAndFromDescribeTasks_SameFacts()
    {
        var fromEvent = IisObservation.Task();
        var attachment = fromEvent.EniAttachment!;
        var fromDescribe = fromEvent with
        {
            Attachments = [attachment with { Type = "ElasticNetworkInterface", Details = [.. attachment.Details.Reverse(), new("macAddress", "0a:1b:2c:3d:4e:5f")] }],
        };

        Assert.Equal(TaskFacts.Of(fromEvent), TaskFacts.Of(fromDescribe));
    }

    [Fact]
    public void TaskOf_FactsOfARunningTask_RebuildsTheTaskAsItsStatusSaysIt()
    {
        var task = IisObservation.Task();
        var status = Status(task);

        var rebuilt = status.Facts!.TaskOf(status);

        Assert.Equal(TaskFacts.Of(task), TaskFacts.Of(rebuilt));
        Assert.Equal((task.TaskArn, task.ClusterArn, task.Version, TaskLifecycle.Running, TaskLifecycle.Running), (rebuilt.TaskArn, rebuilt.ClusterArn, rebuilt.Version, rebuilt.LastStatus, rebuilt.DesiredStatus));
        Assert.Equal(task.EniAttachment!.NetworkInterfaceId, rebuilt.EniAttachment!.NetworkInterfaceId);
        Assert.Equal(task.ServiceName, rebuilt.ServiceName);
    }

    /// <summary>Every attachment detail a check or the trust in stored facts reads survives the round trip through the status.</summary>
    [Fact]
    public void TaskOf_FactsOfARunningTask_KeepsTheAttachmentDetailsTheChecksRead()
    {
        var task = IisObservation.Task();
        var status = Status(task);

        var rebuilt = status.Facts!.TaskOf(status).EniAttachment!;

        Assert.Equal(
            [Ids.EniId, Ids.PrivateDnsName, Ids.PrivateIp, Ids.SubnetA],
            new[] { "networkInterfaceId", "privateDnsName", "privateIPv4Address", "subnetId" }.Select(rebuilt.Detail));
    }

    [Fact]
    public void TaskOf_FactsOfATaskWithoutAnEni_RebuildsItWithoutAttachments()
    {
        var task = IisObservation.Task() with { Attachments = [] };
        var status = Status(task);

        var rebuilt = status.Facts!.TaskOf(status);

        Assert.Empty(rebuilt.Attachments);
        Assert.Null(rebuilt.EniAttachment);
    }

    [Fact]
    public void Of_NoTask_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => TaskFacts.Of(null!));

    [Fact]
    public void TaskOf_NoStatus_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => TaskFacts.Of(IisObservation.Task())!.TaskOf(null!));

    [Fact]
    public void Of_StoppedTask_None() =>
        Assert.Null(TaskFacts.Of(IisObservation.Task(TaskLifecycle.Stopped)));

    [Fact]
    public void Of_TaskWithoutAnEniYet_FactsWithoutAnEni() =>
        Assert.Null(TaskFacts.Of(IisObservation.Task(TaskLifecycle.Provisioning) with { Attachments = [] })!.Eni);

    internal static TaskNetworkStatus Status(ObservedTask task) =>
        new(task.TaskArn, task.ClusterArn, task.Family, "iis-webserver", 1, task.Version, task.LastStatus, Core.Drift.JudgementKind.Judged, "no drift",
            [], [], DateTimeOffset.UnixEpoch, null)
        {
            Facts = TaskFacts.Of(task),
        };
}
