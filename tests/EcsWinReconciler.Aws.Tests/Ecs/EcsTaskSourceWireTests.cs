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
}
