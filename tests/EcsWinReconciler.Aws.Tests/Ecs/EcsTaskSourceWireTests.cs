using System.Text.Json;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Ecs;

/// <summary>EcsTaskSource over the real ECS client and a loopback server: paging and caching as ECS sees them.</summary>
public class EcsTaskSourceWireTests
{
    private const string Cluster = "win-prod";

    [Fact]
    public async Task ListRunningTaskArns_ThreePages_FollowsNextToken()
    {
        await using var server = LoopbackHttpServer.Start(r =>
        {
            var token = JsonDocument.Parse(r.Body).RootElement.TryGetProperty("nextToken", out var t) ? t.GetString() : null;
            return token switch
            {
                null => TestAws.EcsJson("""{"taskArns":["t1","t2"],"nextToken":"page2"}"""),
                "page2" => TestAws.EcsJson("""{"taskArns":["t3"],"nextToken":"page3"}"""),
                _ => TestAws.EcsJson("""{"taskArns":["t4"]}"""),
            };
        });
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var pages = new List<IReadOnlyList<string>>();
        await foreach (var page in new EcsTaskSource(ecs).ListRunningTaskArnsAsync(Cluster, "iis-webserver", CancellationToken.None))
        {
            pages.Add(page);
        }

        Assert.Equal([["t1", "t2"], ["t3"], ["t4"]], pages);
        var bodies = server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal([null, "page2", "page3"], bodies.Select(b => b.TryGetProperty("nextToken", out var t) ? t.GetString() : null));
        Assert.All(bodies, b => Assert.Equal(("win-prod", "iis-webserver", "RUNNING"),
            (b.GetProperty("cluster").GetString(), b.GetProperty("family").GetString(), b.GetProperty("desiredStatus").GetString())));
    }

    [Fact]
    public async Task DescribeTaskDefinition_TwiceForOneArn_OneRequest()
    {
        const string Arn = "arn:aws:ecs:eu-west-1:111122223333:task-definition/iis-webserver:7";
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson(
            $$"""{"taskDefinition":{"taskDefinitionArn":"{{Arn}}","family":"iis-webserver","revision":7,"networkMode":"awsvpc","registeredAt":1.7e9,"unknownField":{"x":1} } }"""));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();
        var source = new EcsTaskSource(ecs);

        var first = await source.DescribeTaskDefinitionAsync(Arn, CancellationToken.None);
        var second = await source.DescribeTaskDefinitionAsync(Arn, CancellationToken.None);

        Assert.Single(server.Requests);
        Assert.Equal(first, second);
        Assert.Equal("awsvpc", first.NetworkMode);
    }

    [Fact]
    public async Task DescribeService_EpochSecondDeploymentsAndEvents_MapToRolloutAndRecentEvents()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""
            {"services":[{"serviceName":"iis-webserver","status":"ACTIVE",
              "deployments":[
                {"id":"ecs-svc/7","status":"PRIMARY","rolloutState":"IN_PROGRESS","rolloutStateReason":"ECS deployment ecs-svc/7 in progress.",
                 "desiredCount":2,"pendingCount":0,"runningCount":0,"failedTasks":1,"createdAt":1.7410824E9,"updatedAt":1.7410830E9},
                {"id":"ecs-svc/6","status":"ACTIVE","rolloutState":"COMPLETED","desiredCount":0,"runningCount":2,"createdAt":1.74E9}],
              "events":[
                {"id":"b","createdAt":1.741083000123E9,"message":"(service iis-webserver) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance 0a1b) encountered error \"RESOURCE:ENI\". For more information, see the Troubleshooting section."},
                {"id":"a","createdAt":1.7400001E9,"message":"(service iis-webserver) has reached a steady state."}]}],
             "failures":[]}
            """));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var service = await new EcsTaskSource(ecs).DescribeServiceAsync(Cluster, "iis-webserver", CancellationToken.None);

        Assert.NotNull(service?.Rollout);
        Assert.Equal(("ecs-svc/7", "IN_PROGRESS", "ECS deployment ecs-svc/7 in progress."), (service.Rollout.DeploymentId, service.Rollout.RolloutState, service.Rollout.RolloutStateReason));
        Assert.Equal((2, 0, 0, 1), (service.Rollout.DesiredCount, service.Rollout.RunningCount, service.Rollout.PendingCount, service.Rollout.FailedTasks));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_741_082_400), service.Rollout.StartedAt);
        Assert.Equal(2, service.RecentEvents.Count);
        Assert.Contains("\"RESOURCE:ENI\"", service.RecentEvents[0].Message, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_741_083_000_123), service.RecentEvents[0].At);
        Assert.True(service.DeploymentInProgress);
    }
}
