using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Ecs;

public class EcsTaskSourceTests
{
    private const string Cluster = "arn:aws:ecs:eu-west-1:111122223333:cluster/win-prod";
    private const string TaskArn = "arn:aws:ecs:eu-west-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private const string DefinitionArn = "arn:aws:ecs:eu-west-1:111122223333:task-definition/iis-webserver:7";

    private static EcsTask Task(string type = "ElasticNetworkInterface") => new()
    {
        TaskArn = TaskArn,
        ClusterArn = Cluster,
        TaskDefinitionArn = DefinitionArn,
        Group = "service:web",
        StartedBy = "ecs-svc/123",
        LastStatus = "RUNNING",
        DesiredStatus = "RUNNING",
        Version = 5,
        ContainerInstanceArn = "arn:aws:ecs:eu-west-1:111122223333:container-instance/win-prod/9f8e",
        LaunchType = "EC2",
        Attachments =
        [
            new EcsAttachment { Id = "sc-1", Type = "ServiceConnect", Status = "ATTACHED" },
            new EcsAttachment
            {
                Id = "5e7c9b1a", Type = type, Status = "ATTACHED",
                Details = [new() { Name = "subnetId", Value = "subnet-0abc1234" }, new() { Name = "networkInterfaceId", Value = "eni-0def1234" }, new() { Value = "nameless" }],
            },
        ],
    };

    [Theory]
    [InlineData("ElasticNetworkInterface")]
    [InlineData("eni")]
    [InlineData("ELASTICNETWORKINTERFACE")]
    public async Task DescribeTasks_EniAttachment_IsFoundByTypeAnyCase(string type)
    {
        var ecs = new FakeEcsApi();
        ecs.Tasks.Add(Task(type));

        var task = Assert.Single(await new EcsTaskSource(ecs).DescribeTasksAsync(Cluster, [TaskArn], CancellationToken.None));

        Assert.Equal(("iis-webserver", 7, "web", 5L), (task.Family, task.Revision, task.ServiceName, task.Version));
        Assert.Equal(2, task.Attachments.Count);
        Assert.Equal("eni-0def1234", task.EniAttachment?.NetworkInterfaceId);
        Assert.Equal("subnet-0abc1234", task.EniAttachment?.SubnetId);
        Assert.Equal(2, task.EniAttachment?.Details.Count);
    }

    [Fact]
    public async Task DescribeTasks_MissingAndIncomplete_AreAbsent()
    {
        var ecs = new FakeEcsApi();
        ecs.Tasks.Add(new EcsTask { TaskArn = "no-definition", LastStatus = "PROVISIONING" });

        var tasks = await new EcsTaskSource(ecs).DescribeTasksAsync(Cluster, ["no-definition", TaskArn], CancellationToken.None);

        Assert.Empty(tasks);
    }

    [Fact]
    public async Task DescribeTasks_NoArns_MakesNoCall()
    {
        var ecs = new FakeEcsApi();

        Assert.Empty(await new EcsTaskSource(ecs).DescribeTasksAsync(Cluster, [], CancellationToken.None));
        Assert.Empty(await new EcsTaskSource(ecs).DescribeContainerInstancesAsync(Cluster, [], CancellationToken.None));
        Assert.Empty(ecs.Calls);
    }

    [Fact]
    public async Task DescribeTasks_EarlyTaskWithoutDetails_MapsWithoutThrowing()
    {
        var ecs = new FakeEcsApi();
        ecs.Tasks.Add(Task() with { Attachments = [new EcsAttachment { Type = "eni", Status = "PRECREATED" }], Version = null, ClusterArn = null });

        var task = Assert.Single(await new EcsTaskSource(ecs).DescribeTasksAsync(Cluster, [TaskArn], CancellationToken.None));

        Assert.Null(task.EniAttachment?.NetworkInterfaceId);
        Assert.Equal(0, task.Version);
        Assert.Equal(Cluster, task.ClusterArn);
    }

    [Fact]
    public async Task DescribeTaskDefinition_SameRevision_AskedOnce()
    {
        var ecs = new FakeEcsApi();
        var definition = new EcsTaskDefinition
        {
            TaskDefinitionArn = DefinitionArn, Family = "iis-webserver", Revision = 7, NetworkMode = "awsvpc",
            RuntimePlatform = new EcsRuntimePlatform { OperatingSystemFamily = "WINDOWS_SERVER_2022_CORE" },
        };
        ecs.Definitions["iis-webserver:7"] = definition;
        var source = new EcsTaskSource(ecs);

        var first = await source.DescribeTaskDefinitionAsync("iis-webserver:7", CancellationToken.None);
        var byArn = await source.DescribeTaskDefinitionAsync(DefinitionArn, CancellationToken.None);
        var again = await source.DescribeTaskDefinitionAsync("iis-webserver:7", CancellationToken.None);

        Assert.Equal(["DescribeTaskDefinition:iis-webserver:7"], ecs.Calls);
        Assert.Equal(first, byArn);
        Assert.Equal(first, again);
        Assert.Equal((DefinitionArn, "iis-webserver", 7, "awsvpc", "WINDOWS_SERVER_2022_CORE"), (first.Arn, first.Family, first.Revision, first.NetworkMode, first.OperatingSystemFamily));
    }

    [Fact]
    public async Task DescribeTaskDefinition_BareFamily_IsNeverCachedUnderTheFamily()
    {
        var ecs = new FakeEcsApi();
        ecs.Definitions["iis-webserver"] = new EcsTaskDefinition { TaskDefinitionArn = DefinitionArn, Family = "iis-webserver", Revision = 7 };
        var source = new EcsTaskSource(ecs);

        await source.DescribeTaskDefinitionAsync("iis-webserver", CancellationToken.None);
        await source.DescribeTaskDefinitionAsync("iis-webserver", CancellationToken.None);
        await source.DescribeTaskDefinitionAsync(DefinitionArn, CancellationToken.None);

        Assert.Equal(["DescribeTaskDefinition:iis-webserver", "DescribeTaskDefinition:iis-webserver"], ecs.Calls);
    }

    [Fact]
    public async Task DescribeContainerInstances_Attributes_KeepNamesAndEmptyValues()
    {
        var ecs = new FakeEcsApi();
        ecs.ContainerInstances.Add(new EcsContainerInstance
        {
            ContainerInstanceArn = "ci-1", Ec2InstanceId = "i-0abc",
            Attributes = [new() { Name = "ecs.os-type", Value = "windows" }, new() { Name = "ecs.capability.task-eni" }],
        });

        var instance = Assert.Single(await new EcsTaskSource(ecs).DescribeContainerInstancesAsync(Cluster, ["ci-1"], CancellationToken.None));

        Assert.Equal("i-0abc", instance.Ec2InstanceId);
        Assert.Equal("windows", instance.AttributeMap()["ecs.os-type"]);
        Assert.Equal(string.Empty, instance.AttributeMap()["ecs.capability.task-eni"]);
    }

    [Fact]
    public async Task DescribeContainerInstances_WithClock_KeptUntilMaxAgeThenReadAgainOnlyForWhatIsMissing()
    {
        var time = new FakeTimeProvider();
        var ecs = new FakeEcsApi();
        const string One = "arn:aws:ecs:eu-west-1:111122223333:container-instance/win-prod/ci-1";
        const string Two = "arn:aws:ecs:eu-west-1:111122223333:container-instance/win-prod/ci-2";
        ecs.ContainerInstances.Add(new EcsContainerInstance { ContainerInstanceArn = One, Ec2InstanceId = "i-1" });
        ecs.ContainerInstances.Add(new EcsContainerInstance { ContainerInstanceArn = Two, Ec2InstanceId = "i-2" });
        var source = new EcsTaskSource(ecs, time: time, containerInstanceMaxAge: TimeSpan.FromMinutes(10));

        await source.DescribeContainerInstancesAsync(Cluster, [One], CancellationToken.None);
        var both = await source.DescribeContainerInstancesAsync(Cluster, [One, Two], CancellationToken.None);
        await source.DescribeContainerInstancesAsync(Cluster, [Two, One], CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(10));
        await source.DescribeContainerInstancesAsync(Cluster, [One], CancellationToken.None);

        Assert.Equal(["i-1", "i-2"], both.Select(i => i.Ec2InstanceId));
        Assert.Equal([[One], [Two], [One]], ecs.InstanceRequests);
    }

    [Fact]
    public async Task DescribeContainerInstances_WithoutClock_ReadEveryTime()
    {
        var ecs = new FakeEcsApi();
        ecs.ContainerInstances.Add(new EcsContainerInstance { ContainerInstanceArn = "ci-1", Ec2InstanceId = "i-1" });
        var source = new EcsTaskSource(ecs);

        await source.DescribeContainerInstancesAsync(Cluster, ["ci-1"], CancellationToken.None);
        await source.DescribeContainerInstancesAsync(Cluster, ["ci-1"], CancellationToken.None);

        Assert.Equal(2, ecs.Calls.Count(c => c == "DescribeContainerInstances"));
    }

    [Fact]
    public async Task DescribeService_Active_MapsAwsvpcConfiguration()
    {
        var ecs = new FakeEcsApi();
        ecs.Services.Add(new EcsService
        {
            ServiceArn = "svc-arn", ServiceName = "web", ClusterArn = Cluster, Status = "ACTIVE",
            NetworkConfiguration = new() { AwsvpcConfiguration = new() { Subnets = ["subnet-1"], SecurityGroups = ["sg-1", "sg-2"], AssignPublicIp = "ENABLED" } },
        });

        var service = await new EcsTaskSource(ecs).DescribeServiceAsync(Cluster, "web", CancellationToken.None);

        Assert.NotNull(service);
        Assert.Equal(["subnet-1"], service.Subnets);
        Assert.Equal(["sg-1", "sg-2"], service.SecurityGroups);
        Assert.True(service.AssignPublicIp);
    }

    [Theory]
    [InlineData("PRIMARY:COMPLETED", false)]
    [InlineData("PRIMARY:IN_PROGRESS|ACTIVE:COMPLETED", true)]
    [InlineData("PRIMARY:|ACTIVE:", true)]
    [InlineData("PRIMARY:COMPLETED|INACTIVE:COMPLETED", false)]
    [InlineData("", false)]
    public async Task DescribeService_Deployments_SayWhetherARolloutIsUnderWay(string deployments, bool deploying)
    {
        var ecs = new FakeEcsApi();
        ecs.Services.Add(new EcsService
        {
            ServiceName = "web", Status = "ACTIVE",
            Deployments = [.. deployments.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(d => d.Split(':')).Select(d => new EcsDeployment { Status = d[0], RolloutState = d[1] is "" ? null : d[1] })],
        });

        var service = await new EcsTaskSource(ecs).DescribeServiceAsync(Cluster, "web", CancellationToken.None);

        Assert.Equal(deploying, service!.DeploymentInProgress);
    }

    [Fact]
    public async Task DescribeService_WithoutNetworkConfiguration_HasNoSubnetsAndNoPublicIp()
    {
        var ecs = new FakeEcsApi();
        ecs.Services.Add(new EcsService { ServiceName = "web", Status = "DRAINING" });

        var service = await new EcsTaskSource(ecs).DescribeServiceAsync(Cluster, "web", CancellationToken.None);

        Assert.NotNull(service);
        Assert.Empty(service.Subnets);
        Assert.False(service.AssignPublicIp);
    }

    [Fact]
    public async Task DescribeService_InactiveOrMissing_IsNull()
    {
        var ecs = new FakeEcsApi();
        ecs.Services.Add(new EcsService { ServiceName = "deleted", Status = "INACTIVE" });
        var source = new EcsTaskSource(ecs);

        Assert.Null(await source.DescribeServiceAsync(Cluster, "deleted", CancellationToken.None));
        Assert.Null(await source.DescribeServiceAsync(Cluster, "never-existed", CancellationToken.None));
    }
}
