using System.Net;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>Every EC2 answer's elements are members of the botocore output shape, with valid scalar values.</summary>
public class Ec2ModelConformanceTests
{
    private const string Scenario = "rdp-open+eni-exhausted+linux-task";

    public static TheoryData<string, string[]> Calls => new()
    {
        { "DescribeNetworkInterfaces", [] },
        { "DescribeSecurityGroups", [] },
        { "DescribeSecurityGroupRules", ["MaxResults", "5"] },
        { "DescribeVpcs", [] },
        { "DescribeSubnets", [] },
        { "DescribeSubnets", ["Filter.1.Name", "vpc-id", "Filter.1.Value.1", ScenarioIds.VpcId, "MaxResults", "5"] },
        { "DescribeVpcAttribute", ["VpcId", ScenarioIds.VpcId, "Attribute", "enableDnsSupport"] },
        { "DescribeVpcAttribute", ["VpcId", ScenarioIds.VpcId, "Attribute", "enableDnsHostnames"] },
        { "DescribeDhcpOptions", [] },
        { "DescribeInstances", [] },
        { "DescribeInstanceTypes", [] },
        {
            "AuthorizeSecurityGroupIngress",
            ["GroupId", ScenarioIds.WebGroup, "IpPermissions.1.IpProtocol", "tcp", "IpPermissions.1.FromPort", "443", "IpPermissions.1.ToPort", "443",
             "IpPermissions.1.Groups.1.GroupId", ScenarioIds.AlbGroup, "IpPermissions.2.IpProtocol", "-1", "IpPermissions.2.IpRanges.1.CidrIp", "10.0.0.0/16"]
        },
        {
            "RevokeSecurityGroupIngress",
            ["GroupId", ScenarioIds.WebGroup, "IpPermissions.1.IpProtocol", "tcp", "IpPermissions.1.FromPort", "3389", "IpPermissions.1.ToPort", "3389", "IpPermissions.1.IpRanges.1.CidrIp", "0.0.0.0/0"]
        },
        { "ModifyVpcAttribute", ["VpcId", ScenarioIds.VpcId, "EnableDnsHostnames.Value", "false"] },
        { "ModifyNetworkInterfaceAttribute", ["NetworkInterfaceId", "eni-0a1b2c3d4e5f60001", "SecurityGroupId.1", ScenarioIds.HostGroup] },
        { "CreateDhcpOptions", ["DhcpConfiguration.1.Key", "domain-name-servers", "DhcpConfiguration.1.Value.1", "10.0.0.10"] },
        { "AssociateDhcpOptions", ["VpcId", ScenarioIds.VpcId, "DhcpOptionsId", ScenarioIds.AmazonDnsDhcpOptions] },
    };

    [BotocoreTheory]
    [MemberData(nameof(Calls))]
    public async Task Answer_EveryElement_IsInTheOutputShape(string operation, string[] parameters)
    {
        var model = new ShapeModel(BotocoreModels.Load("ec2"));
        await using var host = await TestSandbox.StartAsync(Scenario);
        using var wire = new WireCalls(host);

        var (status, body) = await wire.Ec2Async([("Action", operation), .. Pairs(parameters)]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(XNamespace.Get("http://ec2.amazonaws.com/doc/2016-11-15/") + (operation + "Response"), body.Name);
        Assert.Equal("requestId", body.Elements().First().Name.LocalName);
        var content = new XElement(body.Name, body.Elements().Skip(1));
        var shape = model.OutputShape(operation);
        if (shape is null)
        {
            // No output shape in botocore; the API reference documents <return> for these calls.
            Assert.All(content.Elements(), e => Assert.Equal("return", e.Name.LocalName));
            return;
        }

        Assert.NotEmpty(content.Elements());
        ShapeAssert.NoProblems(XmlShapeWalker.Problems(model, shape, content, "item"));
    }

    [Fact]
    public async Task Error_Body_ResponseErrorsErrorWithRequestId()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.Ec2Async(("Action", "DescribeNetworkInterfaces"), ("NetworkInterfaceId.1", "eni-0ffffffffffffffff"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Response", body.Name.LocalName);
        var error = body.Element("Errors")!.Element("Error")!;
        Assert.Equal("InvalidNetworkInterfaceID.NotFound", error.Element("Code")!.Value);
        Assert.NotEmpty(error.Element("Message")!.Value);
        Assert.Matches("^[0-9a-f-]{36}$", body.Element("RequestID")!.Value);
    }

    [Fact]
    public async Task UnknownAction_InvalidAction()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.Ec2Async(("Action", "TerminateInstances"), ("InstanceId.1", ScenarioIds.WindowsHostA));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidAction", body.Descendants("Code").Single().Value);
        Assert.Equal("running", host.State.Read(w => w.Instances[ScenarioIds.WindowsHostA].StateName));
    }

    private static IEnumerable<(string, string)> Pairs(string[] flat)
    {
        for (var i = 0; i < flat.Length; i += 2)
        {
            yield return (flat[i], flat[i + 1]);
        }
    }
}
