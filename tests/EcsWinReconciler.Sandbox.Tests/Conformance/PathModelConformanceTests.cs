using System.Net;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>
/// The answers the path checks read (issue 12), against botocore's models: EC2 subnets, network ACLs and route tables (XML),
/// and Route 53 Resolver rules, endpoints and associations (JSON), in a world that has all of them.
/// </summary>
public class PathModelConformanceTests
{
    private const string Scenario = "nacl-blocks-dns+resolver-rule-missing+subnet-exhausted";

    public static TheoryData<string, string[]> Ec2Calls => new()
    {
        { "DescribeSubnets", [] },
        { "DescribeSubnets", ["Filter.1.Name", "subnet-id", "Filter.1.Value.1", ScenarioIds.SubnetA, "MaxResults", "5"] },
        { "DescribeNetworkAcls", [] },
        { "DescribeNetworkAcls", ["Filter.1.Name", "association.subnet-id", "Filter.1.Value.1", ScenarioIds.SubnetA] },
        { "DescribeRouteTables", [] },
        { "DescribeRouteTables", ["Filter.1.Name", "vpc-id", "Filter.1.Value.1", ScenarioIds.VpcId, "Filter.2.Name", "association.main", "Filter.2.Value.1", "true"] },
        { "DescribeSecurityGroups", ["GroupId.1", ScenarioIds.ResolverGroup] },
    };

    public static TheoryData<string, string> ResolverCalls => new()
    {
        { "ListResolverRuleAssociations", """{"Filters":[{"Name":"VPCId","Values":["vpc-0d2e3f4a5b6c7d8e9"]}],"MaxResults":100}""" },
        { "ListResolverRuleAssociations", """{"MaxResults":1}""" },
        { "GetResolverRule", $$"""{"ResolverRuleId":"{{ScenarioIds.ResolverForwardRule}}"}""" },
        { "GetResolverRule", """{"ResolverRuleId":"rslvr-autodefined-rr-internet-resolver"}""" },
        { "GetResolverEndpoint", $$"""{"ResolverEndpointId":"{{ScenarioIds.ResolverOutboundEndpoint}}"}""" },
        { "ListResolverRules", "{}" },
        { "ListResolverEndpoints", """{"Filters":[{"Name":"Direction","Values":["OUTBOUND"]}]}""" },
    };

    [BotocoreTheory]
    [MemberData(nameof(Ec2Calls))]
    public async Task Ec2Answer_EveryElement_IsInTheOutputShape(string operation, string[] parameters)
    {
        var model = new ShapeModel(BotocoreModels.Load("ec2"));
        await using var host = await TestSandbox.StartAsync(Scenario);
        using var wire = new WireCalls(host);

        var (status, body) = await wire.Ec2Async([("Action", operation), .. Pairs(parameters)]);

        Assert.Equal(HttpStatusCode.OK, status);
        var content = new XElement(body.Name, body.Elements().Skip(1));
        Assert.NotEmpty(content.Elements().First().Elements());
        ShapeAssert.NoProblems(XmlShapeWalker.Problems(model, model.OutputShape(operation)!, content, "item"));
    }

    [BotocoreTheory]
    [MemberData(nameof(ResolverCalls))]
    public async Task ResolverAnswer_EveryMember_IsInTheOutputShape(string operation, string request)
    {
        var model = new ShapeModel(BotocoreModels.Load("route53resolver"));
        await using var host = await TestSandbox.StartAsync(Scenario);
        using var wire = new WireCalls(host);

        var (status, body) = await wire.ResolverAsync(operation, request);

        Assert.Equal(HttpStatusCode.OK, status);
        ShapeAssert.NoProblems(JsonShapeWalker.Problems(model, model.OutputShape(operation)!, body));
    }

    [BotocoreFact]
    public async Task ResolverErrors_Codes_DeclaredByTheModelOrCommon()
    {
        var declared = new ShapeModel(BotocoreModels.Load("route53resolver")).ErrorCodes();
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, missing) = await wire.ResolverAsync("GetResolverRule", """{"ResolverRuleId":"rslvr-rr-0000000000000000f"}""");
        var (_, filter) = await wire.ResolverAsync("ListResolverRules", """{"Filters":[{"Name":"Nope","Values":["x"]}]}""");

        Assert.Contains(missing.GetProperty("__type").GetString()!, declared);
        Assert.Contains(filter.GetProperty("__type").GetString()!, declared);
    }

    private static IEnumerable<(string, string)> Pairs(string[] flat)
    {
        for (var i = 0; i < flat.Length; i += 2)
        {
            yield return (flat[i], flat[i + 1]);
        }
    }
}
