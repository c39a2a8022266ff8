using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Tests.Observation;

public class ObservedTaskTests
{
    private const string TaskArn = "arn:aws:ecs:eu-west-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private const string ClusterArn = "arn:aws:ecs:eu-west-1:111122223333:cluster/win-prod";

    private static TaskAttachment Attachment(string type, string id = "att-1") => new(id, type, "ATTACHED", []);

    private static ObservedTask Task(
        string taskArn = TaskArn,
        string taskDefinitionArn = "arn:aws:ecs:eu-west-1:111122223333:task-definition/iis-webserver:7",
        string? group = "service:iis",
        string lastStatus = TaskLifecycle.Running,
        params TaskAttachment[] attachments) =>
        new(taskArn, ClusterArn, taskDefinitionArn, group, "ecs-svc/123", lastStatus, "RUNNING", 3, null, "EC2", attachments.ToEquatableArray());

    [Fact]
    public void FamilyAndRevision_TaskDefinitionArn_AreItsLastSegment()
    {
        var task = Task();

        Assert.Equal(("iis-webserver", 7), (task.Family, task.Revision));
    }

    [Theory]
    [InlineData("iis-webserver", "iis-webserver", null)]
    [InlineData("family:with:colons:12", "family:with:colons", 12)]
    [InlineData("arn:aws:ecs:eu-west-1:1:task-definition/web:latest", "web:latest", null)]
    public void FamilyAndRevision_OtherForms_ReadWhatIsThere(string taskDefinition, string family, int? revision)
    {
        var task = Task(taskDefinitionArn: taskDefinition);

        Assert.Equal((family, revision), (task.Family, task.Revision));
    }

    [Fact]
    public void TaskIdAndClusterName_FromTheArns()
    {
        var task = Task();

        Assert.Equal(("0a1b2c3d4e5f60718293a4b5c6d7e8f9", "win-prod"), (task.TaskId, task.ClusterName));
    }

    [Fact]
    public void ServiceNameAndArn_ServiceTask_NameTheServiceInTheLongArnFormat()
    {
        var task = Task(group: "service:iis");

        Assert.Equal("iis", task.ServiceName);
        Assert.Equal("arn:aws:ecs:eu-west-1:111122223333:service/win-prod/iis", task.ServiceArn);
    }

    [Theory]
    [InlineData("family:iis-webserver")]
    [InlineData(null)]
    public void ServiceNameAndArn_StandaloneTask_AreNull(string? group)
    {
        var task = Task(group: group);

        Assert.Null(task.ServiceName);
        Assert.Null(task.ServiceArn);
    }

    [Fact]
    public void ServiceArn_TaskIdNotAnArn_IsNull() =>
        Assert.Null(Task(taskArn: "0a1b2c3d").ServiceArn);

    [Fact]
    public void EniAttachment_OtherAttachmentsFirst_IsFoundByType()
    {
        var task = Task(attachments: [Attachment("ServiceConnect", "sc"), Attachment("AmazonElasticBlockStorage", "ebs"), Attachment("ElasticNetworkInterface", "eni")]);

        Assert.Equal("eni", task.EniAttachment?.Id);
    }

    [Fact]
    public void EniAttachment_NoneOfTypeEni_IsNull() =>
        Assert.Null(Task(attachments: [Attachment("ServiceConnect")]).EniAttachment);

    [Theory]
    [InlineData(TaskLifecycle.Running, true, false)]
    [InlineData(TaskLifecycle.Provisioning, false, false)]
    [InlineData(TaskLifecycle.Deprovisioning, false, false)]
    [InlineData(TaskLifecycle.Stopped, false, true)]
    [InlineData(TaskLifecycle.Deleted, false, true)]
    public void IsRunningAndIsStopped_FollowLastStatus(string lastStatus, bool running, bool stopped)
    {
        var task = Task(lastStatus: lastStatus);

        Assert.Equal((running, stopped), (task.IsRunning, task.IsStopped));
    }
}
