using System.Net;
using System.Text.Json;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Resolver;

public class ResolverTests
{
    [Fact]
    public async Task ListResolverRuleAssociations_HealthyVpc_OnlyTheAutodefinedInternetResolver()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.ResolverAsync("ListResolverRuleAssociations", ByVpc(ScenarioIds.VpcId));

        Assert.Equal(HttpStatusCode.OK, status);
        var only = Assert.Single(body.GetProperty("ResolverRuleAssociations").EnumerateArray());
        Assert.Equal("rslvr-autodefined-rr-internet-resolver", only.GetProperty("ResolverRuleId").GetString());
        Assert.Equal($"rslvr-autodefined-assoc-{ScenarioIds.VpcId}-internet-resolver", only.GetProperty("Id").GetString());
        Assert.Equal(("COMPLETE", ScenarioIds.VpcId), (only.GetProperty("Status").GetString(), only.GetProperty("VPCId").GetString()));
    }

    [Fact]
    public async Task ListResolverRuleAssociations_ResolverRuleMissing_TheForwardRuleIsAssociatedWithTheSharedVpcOnly()
    {
        await using var host = await TestSandbox.StartAsync("resolver-rule-missing");
        using var wire = new WireCalls(host);

        var (_, ours) = await wire.ResolverAsync("ListResolverRuleAssociations", ByVpc(ScenarioIds.VpcId));
        var (_, shared) = await wire.ResolverAsync("ListResolverRuleAssociations", ByVpc(ScenarioIds.SharedServicesVpcId));

        Assert.DoesNotContain(RuleIds(ours), id => id == ScenarioIds.ResolverForwardRule);
        Assert.Contains(ScenarioIds.ResolverForwardRule, RuleIds(shared));
    }

    [Fact]
    public async Task GetResolverRule_Forward_DomainTargetsAndEndpoint()
    {
        await using var host = await TestSandbox.StartAsync("resolver-rule-missing");
        using var wire = new WireCalls(host);

        var (status, body) = await wire.ResolverAsync("GetResolverRule", $$"""{"ResolverRuleId":"{{ScenarioIds.ResolverForwardRule}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var rule = body.GetProperty("ResolverRule");
        Assert.Equal(("FORWARD", "corp.example.com"), (rule.GetProperty("RuleType").GetString(), rule.GetProperty("DomainName").GetString()));
        Assert.Equal([ScenarioIds.DomainControllerA, ScenarioIds.DomainControllerB], rule.GetProperty("TargetIps").EnumerateArray().Select(t => t.GetProperty("Ip").GetString()));
        Assert.Equal(53, rule.GetProperty("TargetIps")[0].GetProperty("Port").GetInt32());
        Assert.Equal(ScenarioIds.ResolverOutboundEndpoint, rule.GetProperty("ResolverEndpointId").GetString());
    }

    [Fact]
    public async Task GetResolverRule_Autodefined_RecursiveForTheRootWithoutTargets()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.ResolverAsync("GetResolverRule", """{"ResolverRuleId":"rslvr-autodefined-rr-internet-resolver"}""");

        var rule = body.GetProperty("ResolverRule");
        Assert.Equal(("RECURSIVE", "."), (rule.GetProperty("RuleType").GetString(), rule.GetProperty("DomainName").GetString()));
        Assert.False(rule.TryGetProperty("TargetIps", out _));
    }

    [Fact]
    public async Task GetResolverEndpoint_Outbound_ItsSecurityGroupsAndVpc()
    {
        await using var host = await TestSandbox.StartAsync("resolver-rule-missing");
        using var wire = new WireCalls(host);

        var (_, body) = await wire.ResolverAsync("GetResolverEndpoint", $$"""{"ResolverEndpointId":"{{ScenarioIds.ResolverOutboundEndpoint}}"}""");

        var endpoint = body.GetProperty("ResolverEndpoint");
        Assert.Equal(("OUTBOUND", ScenarioIds.VpcId), (endpoint.GetProperty("Direction").GetString(), endpoint.GetProperty("HostVPCId").GetString()));
        Assert.Equal([ScenarioIds.ResolverGroup], endpoint.GetProperty("SecurityGroupIds").EnumerateArray().Select(g => g.GetString()));
    }

    [Theory]
    [InlineData("GetResolverRule", """{"ResolverRuleId":"rslvr-rr-0000000000000000f"}""", "ResourceNotFoundException")]
    [InlineData("GetResolverEndpoint", """{"ResolverEndpointId":"rslvr-out-0000000000000000f"}""", "ResourceNotFoundException")]
    [InlineData("ListResolverRuleAssociations", """{"Filters":[{"Name":"Subnet","Values":["x"]}]}""", "InvalidParameterException")]
    [InlineData("CreateResolverRule", "{}", "UnknownOperationException")]
    public async Task Call_Invalid_ServiceErrorAsJson(string operation, string json, string code)
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.ResolverAsync(operation, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, body.GetProperty("__type").GetString());
    }

    [Theory]
    [InlineData(null, "MissingAuthenticationTokenException")]
    [InlineData("ecs", "IncompleteSignatureException")]
    public async Task Call_NotSignedForResolver_Rejected(string? signingService, string code)
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.ResolverAsync("ListResolverRuleAssociations", "{}", signingService);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task ListResolverRuleAssociations_MaxResultsOne_PagesThroughEveryVpc()
    {
        await using var host = await TestSandbox.StartAsync("resolver-rule-missing");
        using var wire = new WireCalls(host);

        var (_, first) = await wire.ResolverAsync("ListResolverRuleAssociations", """{"MaxResults":1}""");
        var token = first.GetProperty("NextToken").GetString();
        var (_, second) = await wire.ResolverAsync("ListResolverRuleAssociations", $$"""{"MaxResults":1,"NextToken":"{{token}}"}""");

        Assert.Single(first.GetProperty("ResolverRuleAssociations").EnumerateArray());
        Assert.NotEqual(RuleAssociationIds(first), RuleAssociationIds(second));
    }

    private static string ByVpc(string vpcId) => $$"""{"Filters":[{"Name":"VPCId","Values":["{{vpcId}}"]}],"MaxResults":100}""";

    private static List<string?> RuleIds(JsonElement body) => [.. body.GetProperty("ResolverRuleAssociations").EnumerateArray().Select(a => a.GetProperty("ResolverRuleId").GetString())];

    private static List<string?> RuleAssociationIds(JsonElement body) => [.. body.GetProperty("ResolverRuleAssociations").EnumerateArray().Select(a => a.GetProperty("Id").GetString())];
}
