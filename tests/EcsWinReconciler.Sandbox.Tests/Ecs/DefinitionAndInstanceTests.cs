using System.Net;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ecs;

public class DefinitionAndInstanceTests
{
    [Theory]
    [InlineData("iis-webserver")]
    [InlineData("iis-webserver:1")]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:task-definition/iis-webserver:1")]
    public async Task DescribeTaskDefinition_SeedDefinition_AwsvpcPort80WithoutRuntimePlatform(string reference)
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.EcsAsync("DescribeTaskDefinition", $$"""{"taskDefinition":"{{reference}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var definition = body.GetProperty("taskDefinition");
        Assert.Equal("awsvpc", definition.GetProperty("networkMode").GetString());
        Assert.Equal(1, definition.GetProperty("revision").GetInt32());
        Assert.False(definition.TryGetProperty("runtimePlatform", out _));
        var container = definition.GetProperty("containerDefinitions")[0];
        Assert.Equal("mcr.microsoft.com/windows/servercore:ltsc2022", container.GetProperty("image").GetString());
        Assert.Equal(80, container.GetProperty("portMappings")[0].GetProperty("containerPort").GetInt32());
    }

    [Fact]
    public async Task DescribeTaskDefinition_LinuxDefinition_RuntimePlatformLinux()
    {
        await using var host = await TestSandbox.StartAsync("linux-task");
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("DescribeTaskDefinition", """{"taskDefinition":"log-router"}""");

        Assert.Equal("LINUX", body.GetProperty("taskDefinition").GetProperty("runtimePlatform").GetProperty("operatingSystemFamily").GetString());
    }

    [Fact]
    public async Task DescribeTaskDefinition_Unknown_ClientException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.EcsAsync("DescribeTaskDefinition", """{"taskDefinition":"nope:3"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ClientException", body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task RegisterTaskDefinition_NewRevision_DescribableAfterwards()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, registered) = await wire.EcsAsync("RegisterTaskDefinition", $$"""
            {"family":"iis-webserver","networkMode":"awsvpc","requiresCompatibilities":["EC2"],"cpu":"1024","memory":"2048",
             "runtimePlatform":{"operatingSystemFamily":"WINDOWS_SERVER_2022_CORE"},
             "containerDefinitions":{{BaselineEcs.IisContainerDefinitions}}}
            """);
        var (_, latest) = await wire.EcsAsync("DescribeTaskDefinition", """{"taskDefinition":"iis-webserver"}""");

        Assert.Equal(2, registered.GetProperty("taskDefinition").GetProperty("revision").GetInt32());
        Assert.Equal("arn:aws:ecs:us-east-1:111122223333:task-definition/iis-webserver:2", latest.GetProperty("taskDefinition").GetProperty("taskDefinitionArn").GetString());
        Assert.Equal("WINDOWS_SERVER_2022_CORE", latest.GetProperty("taskDefinition").GetProperty("runtimePlatform").GetProperty("operatingSystemFamily").GetString());
    }

    [Fact]
    public async Task DescribeContainerInstances_WindowsHost_OsAttributesAndFailuresForUnknown()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("DescribeContainerInstances",
            $$"""{"cluster":"win-prod","containerInstances":["{{ScenarioIds.ContainerInstanceA}}","ffffffffffffffffffffffffffffffff"]}""");

        var instance = Assert.Single(body.GetProperty("containerInstances").EnumerateArray());
        Assert.Equal(ScenarioIds.WindowsHostA, instance.GetProperty("ec2InstanceId").GetString());
        var attributes = instance.GetProperty("attributes").EnumerateArray()
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => a.TryGetProperty("value", out var v) ? v.GetString() : null);
        Assert.Equal("windows", attributes["ecs.os-type"]);
        Assert.Equal("WINDOWS_SERVER_2022_CORE", attributes["ecs.os-family"]);
        Assert.Null(attributes["ecs.capability.task-eni"]);
        Assert.Equal(1, instance.GetProperty("runningTasksCount").GetInt32());
        Assert.True(instance.GetProperty("agentConnected").GetBoolean());
        Assert.Equal("MISSING", Assert.Single(body.GetProperty("failures").EnumerateArray()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task DescribeServices_IisService_AwsvpcConfigurationAndCounts()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("DescribeServices", """{"cluster":"win-prod","services":["iis-webserver","gone"]}""");

        var service = Assert.Single(body.GetProperty("services").EnumerateArray());
        var awsvpc = service.GetProperty("networkConfiguration").GetProperty("awsvpcConfiguration");
        Assert.Equal([ScenarioIds.SubnetA, ScenarioIds.SubnetB], awsvpc.GetProperty("subnets").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([ScenarioIds.WebGroup], awsvpc.GetProperty("securityGroups").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("DISABLED", awsvpc.GetProperty("assignPublicIp").GetString());
        Assert.Equal(2, service.GetProperty("runningCount").GetInt32());
        var deployment = Assert.Single(service.GetProperty("deployments").EnumerateArray());
        Assert.Equal(("PRIMARY", "COMPLETED"), (deployment.GetProperty("status").GetString(), deployment.GetProperty("rolloutState").GetString()));
        Assert.Equal("arn:aws:ecs:us-east-1:111122223333:service/win-prod/gone", Assert.Single(body.GetProperty("failures").EnumerateArray()).GetProperty("arn").GetString());
    }

    [Fact]
    public async Task RunTask_ContainerDefinitionWithOddValues_StartsWithoutFailing()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        await wire.EcsAsync("RegisterTaskDefinition", """{"family":"odd","networkMode":"awsvpc","containerDefinitions":[{"name":7,"image":"i","cpu":"lots"}]}""");

        var (status, body) = await wire.EcsAsync("RunTask", EcsBodies.With(
            """{"cluster":"win-prod","taskDefinition":"odd"}""", EcsBodies.Network([ScenarioIds.SubnetA], [ScenarioIds.WebGroup])));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("container", body.GetProperty("tasks")[0].GetProperty("containers")[0].GetProperty("name").GetString());
    }
}
