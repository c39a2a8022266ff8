using System.Text.Json;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Ecs;

/// <summary>The ECS client against a scripted loopback server: what goes on the wire and what comes back.</summary>
public class EcsApiClientWireTests
{
    private const string Cluster = "arn:aws:ecs:eu-west-1:111122223333:cluster/win-prod";

    private static string TaskArn(int i) => $"arn:aws:ecs:eu-west-1:111122223333:task/win-prod/{i:x32}";

    private static JsonElement Body(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement;

    [Fact]
    public async Task ListTasks_Request_IsJson11WithTargetAndSigV4ForEcs()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"taskArns":["a"],"nextToken":"n2"}"""));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var filter = new EcsTaskFilter(Cluster) { Family = "web", ServiceName = "web-svc", DesiredStatus = "RUNNING", LaunchType = "EC2", MaxResults = 50 };
        var page = await ecs.ListTasksAsync(filter, "n1", CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/"), (request.Method, request.Path));
        Assert.Equal("AmazonEC2ContainerServiceV20141113.ListTasks", request.Header("X-Amz-Target"));
        Assert.Equal("application/x-amz-json-1.1", request.Header("Content-Type"));
        var body = Body(request);
        Assert.Equal(Cluster, body.GetProperty("cluster").GetString());
        Assert.Equal("web", body.GetProperty("family").GetString());
        Assert.Equal("web-svc", body.GetProperty("serviceName").GetString());
        Assert.Equal("RUNNING", body.GetProperty("desiredStatus").GetString());
        Assert.Equal("EC2", body.GetProperty("launchType").GetString());
        Assert.Equal("n1", body.GetProperty("nextToken").GetString());
        Assert.Equal(50, body.GetProperty("maxResults").GetInt32());
        Assert.False(body.TryGetProperty("containerInstance", out _), "null members are not sent");
        Assert.Equal(["a"], page.TaskArns);
        Assert.Equal("n2", page.NextToken);

        var authorization = SigV4Authorization.Parse(request.Header("Authorization"));
        Assert.NotNull(authorization);
        Assert.Equal((TestAws.AccessKey, TestAws.Region, "ecs"), (authorization.AccessKey, authorization.Region, authorization.Service));
        Assert.Equal(["content-type", "host", "x-amz-content-sha256", "x-amz-date", "x-amz-target"], authorization.SignedHeaders);
        Assert.Equal(request.Header("Authorization"), TestAws.Resign(request, TestAws.Region, "ecs").Authorization);
    }

    [Fact]
    public async Task DescribeTasks_250Arns_ThreeCallsOfAtMost100AndMergedResults()
    {
        await using var server = LoopbackHttpServer.Start(r =>
        {
            var arns = Body(r).GetProperty("tasks").EnumerateArray().Select(a => a.GetString()!).ToList();
            var tasks = string.Join(',', arns.Skip(1).Select(a => $$"""{"taskArn":"{{a}}","taskDefinitionArn":"td:1","lastStatus":"RUNNING"}"""));
            return TestAws.EcsJson($$"""{"tasks":[{{tasks}}],"failures":[{"arn":"{{arns[0]}}","reason":"MISSING"}]}""");
        });
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var batch = await ecs.DescribeTasksAsync(Cluster, [.. Enumerable.Range(0, 250).Select(TaskArn)], CancellationToken.None);

        Assert.Equal([100, 100, 50], server.Requests.Select(r => Body(r).GetProperty("tasks").GetArrayLength()));
        Assert.All(server.Requests, r => Assert.Equal(Cluster, Body(r).GetProperty("cluster").GetString()));
        Assert.Equal(247, batch.Items.Count);
        Assert.Equal([TaskArn(0), TaskArn(100), TaskArn(200)], batch.Failures.Select(f => f.Arn));
    }

    [Fact]
    public async Task DescribeServices_15Names_TwoCallsOfAtMost10()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"services":[],"failures":[]}"""));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        await ecs.DescribeServicesAsync(Cluster, [.. Enumerable.Range(0, 15).Select(i => $"svc-{i}")], CancellationToken.None);

        Assert.Equal([10, 5], server.Requests.Select(r => Body(r).GetProperty("services").GetArrayLength()));
    }

    [Fact]
    public async Task Throttling_TwiceThenSuccess_IsRetriedAndSucceeds()
    {
        var calls = 0;
        await using var server = LoopbackHttpServer.Start(_ => Interlocked.Increment(ref calls) <= 2
            ? TestAws.EcsError("ThrottlingException", "Rate exceeded")
            : TestAws.EcsJson("""{"taskDefinition":{"taskDefinitionArn":"arn:aws:ecs:eu-west-1:1:task-definition/web:3","family":"web","revision":3}}"""));
        using var ecs = TestAws.Factory(server.BaseAddress, maxAttempts: 3).CreateEcsApi();

        var definition = await ecs.DescribeTaskDefinitionAsync("web:3", CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(3, definition.Revision);
        Assert.All(server.Requests, r => Assert.Equal(r.Header("Authorization"), TestAws.Resign(r, TestAws.Region, "ecs").Authorization));
    }

    [Fact]
    public async Task Throttling_Always_FailsTransientAfterMaxAttempts()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsError("ThrottlingException", "Rate exceeded"));
        using var ecs = TestAws.Factory(server.BaseAddress, maxAttempts: 2).CreateEcsApi();

        var error = await Assert.ThrowsAsync<EcsApiException>(() => ecs.StopTaskAsync(Cluster, TaskArn(1), "drift", CancellationToken.None));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(EcsErrorKind.Throttling, error.Kind);
        Assert.True(error.IsTransient);
        Assert.Equal(("ecs", "StopTask", "ThrottlingException"), (error.Component, error.Operation, error.ErrorCode));
    }

    [Fact]
    public async Task ServerException_IsRetriedThenSucceeds()
    {
        var calls = 0;
        await using var server = LoopbackHttpServer.Start(_ => Interlocked.Increment(ref calls) == 1
            ? TestAws.EcsError("ServerException", "boom", 500)
            : TestAws.EcsJson("""{"taskArns":[]}"""));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var page = await ecs.ListTasksAsync(new EcsTaskFilter(Cluster), null, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Empty(page.TaskArns);
        Assert.Null(page.NextToken);
    }

    [Theory]
    [InlineData("ClusterNotFoundException", EcsErrorKind.ClusterNotFound)]
    [InlineData("com.amazonaws.ecs#AccessDeniedException", EcsErrorKind.AccessDenied)]
    [InlineData("InvalidParameterException", EcsErrorKind.InvalidParameter)]
    [InlineData("ClientException", EcsErrorKind.ClientException)]
    [InlineData("ServiceNotActiveException", EcsErrorKind.ServiceNotActive)]
    public async Task ClientErrors_AreNotRetriedAndAreTyped(string type, EcsErrorKind kind)
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsError(type, "nope"));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var error = await Assert.ThrowsAsync<EcsApiException>(() => ecs.DescribeServicesAsync(Cluster, ["web"], CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Equal(kind, error.Kind);
        Assert.False(error.IsTransient);
        Assert.Equal("nope", error.ServiceMessage);
        Assert.Equal(type[(type.IndexOf('#') + 1)..], error.ErrorCode);
    }

    [Fact]
    public async Task StopTask_LongReason_IsCutTo255Characters()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"task":{"taskArn":"t","lastStatus":"RUNNING","desiredStatus":"STOPPED"}}"""));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var task = await ecs.StopTaskAsync(Cluster, TaskArn(7), new string('r', 400), CancellationToken.None);

        var body = Body(Assert.Single(server.Requests));
        var reason = body.GetProperty("reason").GetString()!;
        Assert.Equal(255, reason.Length);
        Assert.EndsWith("…", reason);
        Assert.Equal(TaskArn(7), body.GetProperty("task").GetString());
        Assert.Equal("STOPPED", task?.DesiredStatus);
    }

    [Fact]
    public async Task UpdateServiceNetwork_Body_CarriesAwsvpcConfigurationAndNewDeployment()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"service":{"serviceName":"web","status":"ACTIVE"}}"""));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var network = new EcsAwsVpcConfiguration { Subnets = ["subnet-0a1", "subnet-0b2"], SecurityGroups = ["sg-0web"], AssignPublicIp = "DISABLED" };
        var service = await ecs.UpdateServiceNetworkAsync(Cluster, "web", network, forceNewDeployment: true, CancellationToken.None);

        var body = Body(Assert.Single(server.Requests));
        Assert.Equal("AmazonEC2ContainerServiceV20141113.UpdateService", server.Requests[0].Header("X-Amz-Target"));
        Assert.Equal("web", body.GetProperty("service").GetString());
        Assert.True(body.GetProperty("forceNewDeployment").GetBoolean());
        var awsvpc = body.GetProperty("networkConfiguration").GetProperty("awsvpcConfiguration");
        Assert.Equal(["subnet-0a1", "subnet-0b2"], awsvpc.GetProperty("subnets").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["sg-0web"], awsvpc.GetProperty("securityGroups").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("DISABLED", awsvpc.GetProperty("assignPublicIp").GetString());
        Assert.Equal("ACTIVE", service?.Status);
    }

    [Fact]
    public async Task Cancellation_DuringRetries_PropagatesAsCancellation()
    {
        using var cancel = new CancellationTokenSource();
        await using var server = LoopbackHttpServer.Start(_ =>
        {
            cancel.Cancel();
            return TestAws.EcsError("ThrottlingException", "Rate exceeded");
        });
        using var ecs = TestAws.Factory(server.BaseAddress, maxAttempts: 10).CreateEcsApi();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ecs.ListTasksAsync(new EcsTaskFilter(Cluster), null, cancel.Token));
        Assert.True(server.Requests.Count < 10);
    }

    [Fact]
    public async Task NoServer_IsATransientNetworkError()
    {
        var closed = new Uri($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/");
        using var ecs = TestAws.Factory(closed, maxAttempts: 1).CreateEcsApi();

        var error = await Assert.ThrowsAsync<EcsApiException>(() => ecs.ListTasksAsync(new EcsTaskFilter(Cluster), null, CancellationToken.None));

        Assert.Equal(EcsErrorKind.Network, error.Kind);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task UnreadableAnswer_IsAnEcsError()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"tasks": "not a list"}"""));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var error = await Assert.ThrowsAsync<EcsApiException>(() => ecs.DescribeTasksAsync(Cluster, ["t"], CancellationToken.None));

        Assert.Equal(EcsErrorKind.Other, error.Kind);
        Assert.Contains("unreadable", error.ServiceMessage, StringComparison.Ordinal);
    }
}
