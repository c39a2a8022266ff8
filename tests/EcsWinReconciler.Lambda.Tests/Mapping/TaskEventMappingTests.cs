using System.Text.Json.Nodes;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Mapping;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Mapping;

public sealed class TaskEventMappingTests
{
    [Fact]
    public void ToObservedTask_SampleRunningEvent_MapsEveryField()
    {
        var task = Map(SampleEvents.Text(SampleEvents.TaskRunning));

        Assert.True(task.IsOk, task.Problem);
        var t = task.Value;
        Assert.Equal(Ids.TaskArn, t.TaskArn);
        Assert.Equal(Ids.ClusterArn, t.ClusterArn);
        Assert.Equal(Ids.TaskDefinitionArn, t.TaskDefinitionArn);
        Assert.Equal(Ids.Family, t.Family);
        Assert.Equal($"service:{Ids.ServiceName}", t.Group);
        Assert.Equal(Ids.ServiceName, t.ServiceName);
        Assert.Equal("ecs-svc/1234567890123456789", t.StartedBy);
        Assert.Equal(TaskLifecycle.Running, t.LastStatus);
        Assert.Equal(TaskLifecycle.Running, t.DesiredStatus);
        Assert.Equal(5, t.Version);
        Assert.Equal(Ids.ContainerInstanceArn, t.ContainerInstanceArn);
        Assert.Equal("EC2", t.LaunchType);
        var eni = t.EniAttachment!;
        Assert.Equal(Ids.AttachmentId, eni.Id);
        Assert.Equal("ATTACHED", eni.Status);
        Assert.Equal(Ids.EniId, eni.NetworkInterfaceId);
        Assert.Equal(Ids.SubnetA, eni.SubnetId);
        Assert.Equal(Ids.PrivateIp, eni.PrivateIpv4Address);
        Assert.Equal(Ids.PrivateDnsName, eni.PrivateDnsName);
    }

    [Fact]
    public void ToObservedTask_SampleRunningEvent_EqualsTheHarnessSpecimen()
    {
        Assert.Equal(IisObservation.Task(), Map(SampleEvents.Text(SampleEvents.TaskRunning)).Value);
    }

    [Fact]
    public void ToObservedTask_DescribeTasksAttachmentType_IsTheEni()
    {
        var json = EventEdits.Set(SampleEvents.Text(SampleEvents.TaskRunning), "detail.attachments", JsonNode.Parse(
            """[{"id":"sc-1","type":"ServiceConnect","status":"ATTACHED","details":[]},{"id":"e-1","type":"ElasticNetworkInterface","status":"ATTACHED","details":[{"name":"networkInterfaceId","value":"eni-0123456789abcdef0"}]}]"""));

        var task = Map(json).Value!;

        Assert.Equal(2, task.Attachments.Count);
        Assert.Equal("eni-0123456789abcdef0", task.EniAttachment!.NetworkInterfaceId);
    }

    [Fact]
    public void ToObservedTask_EarlyStateWithoutDetails_KeepsTheAttachmentWithoutAnEniId()
    {
        var json = EventEdits.Set(SampleEvents.Text(SampleEvents.TaskRunning), "detail.attachments", JsonNode.Parse(
            """[{"id":"e-1","type":"eni","status":"PRECREATED"},{"type":"eni","details":[{"name":"subnetId"},{"value":"orphan"}]}]"""));

        var task = Map(json).Value!;

        Assert.Null(task.EniAttachment!.NetworkInterfaceId);
        Assert.Equal(string.Empty, task.Attachments[1].Id);
        Assert.Equal(new KeyValuePair<string, string>("subnetId", string.Empty), Assert.Single(task.Attachments[1].Details));
    }

    [Fact]
    public void ToObservedTask_NoAttachments_IsATaskWithoutEni()
    {
        var task = Map(EventEdits.Remove(SampleEvents.Text(SampleEvents.TaskRunning), "detail.attachments")).Value!;

        Assert.Null(task.EniAttachment);
    }

    [Theory]
    [InlineData("detail.clusterArn")]
    [InlineData("detail.taskDefinitionArn")]
    [InlineData("detail.lastStatus")]
    [InlineData("detail.version")]
    public void ToObservedTask_MissingRequiredField_IsAProblemNamingIt(string field)
    {
        var task = Map(EventEdits.Remove(SampleEvents.Text(SampleEvents.TaskRunning), field));

        Assert.False(task.IsOk);
        Assert.Contains(field, task.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToObservedTask_NoTaskArnInDetail_TakesItFromResources()
    {
        var task = Map(EventEdits.Remove(SampleEvents.Text(SampleEvents.TaskRunning), "detail.taskArn"));

        Assert.Equal(Ids.TaskArn, task.Value!.TaskArn);
    }

    [Fact]
    public void ToObservedTask_VersionAsString_IsRead()
    {
        var task = Map(EventEdits.Set(SampleEvents.Text(SampleEvents.TaskRunning), "detail.version", "12"));

        Assert.Equal(12, task.Value!.Version);
    }

    [Fact]
    public void ToObservedTask_NoDesiredStatus_TakesTheLastStatus()
    {
        var task = Map(EventEdits.Remove(SampleEvents.Text(SampleEvents.TaskStopped), "detail.desiredStatus"));

        Assert.Equal(TaskLifecycle.Stopped, task.Value!.DesiredStatus);
    }

    [Theory]
    [InlineData("detail-type", "ECS Container Instance State Change")]
    [InlineData("source", "aws.ec2")]
    public void ToObservedTask_AnotherKindOfEvent_IsAProblem(string field, string value)
    {
        var task = Map(EventEdits.Set(SampleEvents.Text(SampleEvents.TaskRunning), field, value));

        Assert.StartsWith("expected source aws.ecs and detail-type \"ECS Task State Change\"", task.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToObservedTask_NoDetail_IsAProblem()
    {
        Assert.Equal("the event has no detail", Map(EventEdits.Remove(SampleEvents.Text(SampleEvents.TaskRunning), "detail")).Problem);
    }

    private static Parsed<ObservedTask> Map(string json)
    {
        var envelope = EventJson.Read(SampleEvents.Utf8(json), EventJsonContext.Default.EventBridgeEventEcsTaskDetail, "event");
        Assert.True(envelope.IsOk, envelope.Problem);
        return TaskEventMapping.ToObservedTask(envelope.Value);
    }
}
