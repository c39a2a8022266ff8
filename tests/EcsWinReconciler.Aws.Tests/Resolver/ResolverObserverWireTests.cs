using System.Text.Json;
using EcsWinReconciler.Aws.Resolver;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;
using EcsWinReconciler.TestSupport.Wire;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Resolver;

/// <summary>Issue 12: the Route 53 Resolver client and observer against a scripted loopback server.</summary>
public class ResolverObserverWireTests
{
    private const string Vpc = "vpc-0a1b2c3d4e5f60718";

    private static StubResponse Json(string body) => StubResponse.Json(body);

    private static StubResponse Answer(RecordedRequest request) => request.Header("X-Amz-Target") switch
    {
        "Route53Resolver.ListResolverRuleAssociations" => Json("""{"ResolverRuleAssociations":[{"Id":"rslvr-rrassoc-1","ResolverRuleId":"rslvr-rr-1","VPCId":"vpc-0a1b2c3d4e5f60718","Status":"COMPLETE"},{"Id":"rslvr-rrassoc-2","ResolverRuleId":"rslvr-rr-2","VPCId":"vpc-0a1b2c3d4e5f60718","Status":"COMPLETE"}]}"""),
        "Route53Resolver.GetResolverRule" when TestAws.Utf8(request.Body).Contains("rslvr-rr-1", StringComparison.Ordinal) =>
            Json("""{"ResolverRule":{"Id":"rslvr-rr-1","DomainName":"corp.example.com.","RuleType":"FORWARD","Status":"COMPLETE","TargetIps":[{"Ip":"10.0.0.10","Port":53},{"Ip":"10.0.1.10","Port":53}],"ResolverEndpointId":"rslvr-out-1"}}"""),
        "Route53Resolver.GetResolverRule" => Json("""{"ResolverRule":{"Id":"rslvr-rr-2","DomainName":"amazonaws.com.","RuleType":"SYSTEM","Status":"COMPLETE"}}"""),
        "Route53Resolver.GetResolverEndpoint" => Json("""{"ResolverEndpoint":{"Id":"rslvr-out-1","Direction":"OUTBOUND","SecurityGroupIds":["sg-0123456789abcdef0"],"HostVPCId":"vpc-0a1b2c3d4e5f60718"}}"""),
        _ => StubResponse.Json("""{"__type":"InvalidRequestException","message":"unknown"}""", 400),
    };

    [Fact]
    public async Task DescribeRulesForVpc_ForwardAndSystemRules_TargetsAndTheEndpointsGroups()
    {
        await using var server = LoopbackHttpServer.Start(Answer);
        using var api = TestAws.Factory(server.BaseAddress).CreateResolverApi();
        var world = WorldBuilder.Iis();
        var observer = new ResolverObserver(api, world, new FakeTimeProvider());

        var rules = await observer.DescribeRulesForVpcAsync(Vpc, CancellationToken.None);

        Assert.Equal(2, rules.Count);
        var forward = rules.Single(r => r.RuleType == "FORWARD");
        Assert.Equal(("corp.example.com.", "rslvr-out-1"), (forward.DomainName, forward.EndpointId));
        Assert.Equal(["10.0.0.10", "10.0.1.10"], forward.TargetIps);
        Assert.Equal([Ids.WebGroup], forward.EndpointGroups.Select(g => g.Id));
        var list = server.Requests[0];
        Assert.Equal("Route53Resolver.ListResolverRuleAssociations", list.Header("X-Amz-Target"));
        var filter = JsonDocument.Parse(list.Body).RootElement.GetProperty("Filters")[0];
        Assert.Equal(("VPCId", Vpc), (filter.GetProperty("Name").GetString(), filter.GetProperty("Values")[0].GetString()));
        var authorization = SigV4Authorization.Parse(list.Header("Authorization"));
        Assert.Equal("route53resolver", authorization!.Service);
    }

    [Fact]
    public async Task DescribeRulesForVpc_TwiceWithinAMinute_ReadsOnce()
    {
        await using var server = LoopbackHttpServer.Start(Answer);
        using var api = TestAws.Factory(server.BaseAddress).CreateResolverApi();
        var observer = new ResolverObserver(api, WorldBuilder.Iis(), new FakeTimeProvider());

        await observer.DescribeRulesForVpcAsync(Vpc, CancellationToken.None);
        var calls = server.Requests.Count;
        await observer.DescribeRulesForVpcAsync(Vpc, CancellationToken.None);

        Assert.Equal(calls, server.Requests.Count);
    }

    [Fact]
    public async Task DescribeRulesForVpc_Throttled_IsATransientAdapterFailureNamingTheService()
    {
        await using var server = LoopbackHttpServer.Start(_ => StubResponse.Json("""{"__type":"ThrottlingException","message":"Rate exceeded"}""", 400));
        using var api = TestAws.Factory(server.BaseAddress).CreateResolverApi();
        var observer = new ResolverObserver(api, WorldBuilder.Iis(), new FakeTimeProvider());

        var error = await Assert.ThrowsAsync<AdapterException>(() => observer.DescribeRulesForVpcAsync(Vpc, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal("route53resolver", error.Component);
        Assert.Equal("ThrottlingException", error.ErrorCode);
    }
}
