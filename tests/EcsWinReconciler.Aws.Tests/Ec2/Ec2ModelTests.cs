using System.Xml.Linq;
using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.TestSupport.Reference;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>Checks the adapters' requests and the tests' response fixtures against the official EC2 API model.</summary>
public class Ec2ModelTests
{
    /// <summary>Every response element the adapters read (SDK property → wire element), per operation.</summary>
    public static TheoryData<string, string> ElementsRead => new()
    {
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/networkInterfaceId" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/status" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/attachment/attachmentId" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/attachment/instanceId" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/attachment/deviceIndex" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/attachment/status" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/subnetId" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/vpcId" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/privateIpAddress" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/privateDnsName" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/association/publicIp" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/groupSet/item/groupId" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/description" },
        { "DescribeNetworkInterfaces", "networkInterfaceSet/item/interfaceType" },
        { "DescribeNetworkInterfaces", "nextToken" },
        { "DescribeSecurityGroups", "securityGroupInfo/item/groupId" },
        { "DescribeSecurityGroups", "securityGroupInfo/item/groupName" },
        { "DescribeSecurityGroups", "securityGroupInfo/item/vpcId" },
        { "DescribeSecurityGroups", "nextToken" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/securityGroupRuleId" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/groupId" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/isEgress" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/ipProtocol" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/fromPort" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/toPort" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/cidrIpv4" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/cidrIpv6" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/prefixListId" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/referencedGroupInfo/groupId" },
        { "DescribeSecurityGroupRules", "securityGroupRuleSet/item/description" },
        { "DescribeSecurityGroupRules", "nextToken" },
        { "DescribeVpcAttribute", "enableDnsSupport/value" },
        { "DescribeVpcAttribute", "enableDnsHostnames/value" },
        { "DescribeVpcs", "vpcSet/item/vpcId" },
        { "DescribeVpcs", "vpcSet/item/dhcpOptionsId" },
        { "DescribeDhcpOptions", "dhcpOptionsSet/item/dhcpOptionsId" },
        { "DescribeDhcpOptions", "dhcpOptionsSet/item/dhcpConfigurationSet/item/key" },
        { "DescribeDhcpOptions", "dhcpOptionsSet/item/dhcpConfigurationSet/item/valueSet/item/value" },
        { "DescribeInstances", "reservationSet/item/instancesSet/item/instanceId" },
        { "DescribeInstances", "reservationSet/item/instancesSet/item/instanceType" },
        { "DescribeInstances", "reservationSet/item/instancesSet/item/instanceState/name" },
        { "DescribeInstanceTypes", "instanceTypeSet/item/instanceType" },
        { "DescribeInstanceTypes", "instanceTypeSet/item/networkInfo/maximumNetworkInterfaces" },
        { "RevokeSecurityGroupIngress", "return" },
        { "AuthorizeSecurityGroupIngress", "securityGroupRuleSet/item/securityGroupRuleId" },
    };

    /// <summary>Every response body the wire tests serve, by operation.</summary>
    public static TheoryData<string, string> Fixtures => new()
    {
        { "DescribeNetworkInterfaces", Ec2Xml.Page(Ec2Xml.Enis(Ec2Xml.TaskEni, Ec2Xml.Eni("eni-0000000b", "sg-0000000a")), "p2") },
        { "DescribeSecurityGroups", Ec2Xml.Groups(Ec2Xml.Group("sg-0web0000", "web", "vpc-0a1b2c3d")) },
        {
            "DescribeSecurityGroupRules", Ec2Xml.Page(Ec2Xml.Rules(
                Ec2Xml.Rule("sgr-01", "sg-0web0000", "tcp", 80, 80, "<cidrIpv4>0.0.0.0/0</cidrIpv4>", description: "http"),
                Ec2Xml.Rule("sgr-02", "sg-0web0000", "tcp", 80, 80, "<cidrIpv6>::/0</cidrIpv6>"),
                Ec2Xml.Rule("sgr-03", "sg-0web0000", "-1", -1, -1, "<referencedGroupInfo><groupId>sg-0a1b0000</groupId><userId>1</userId></referencedGroupInfo>"),
                Ec2Xml.Rule("sgr-04", "sg-0web0000", "udp", 1, 2, "<prefixListId>pl-63a5400a</prefixListId>", egress: true)), "p2")
        },
        { "DescribeVpcAttribute", Ec2Xml.VpcAttribute("vpc-0a1b2c3d", "enableDnsSupport", true) },
        { "DescribeVpcAttribute", Ec2Xml.VpcAttribute("vpc-0a1b2c3d", "enableDnsHostnames", false) },
        { "DescribeVpcs", Ec2Xml.Vpc("vpc-0a1b2c3d", "dopt-0d1e2f3a") },
        { "DescribeDhcpOptions", Ec2Xml.DhcpOptions("dopt-0d1e2f3a", ("domain-name-servers", ["10.0.0.10"]), ("domain-name", ["corp.example.com"])) },
        { "DescribeInstances", Scenario.Instances },
        { "DescribeInstanceTypes", Scenario.InstanceTypes },
        { "RevokeSecurityGroupIngress", "<return>true</return>" },
        { "AuthorizeSecurityGroupIngress", Scenario.Authorized },
        { "ModifyVpcAttribute", string.Empty },
    };

    [BotocoreFact]
    public async Task Adapters_EveryRequestParameter_IsDefinedByTheModel()
    {
        var requests = await Scenario.RunAsync();

        Assert.Equal(11, requests.Select(r => r["Action"]).Distinct().Count());
        foreach (var fields in requests)
        {
            var action = fields["Action"];
            Assert.True(Ec2Model.HasOperation(action), action);
            Assert.Equal("2016-11-15", fields["Version"]);
            Assert.Empty(Ec2Model.UnknownQueryKeys(action, fields.Keys));
        }
    }

    [BotocoreFact]
    public async Task Adapters_EveryFilterName_IsDocumentedForItsOperation()
    {
        var requests = await Scenario.RunAsync();

        var filters = requests.SelectMany(f => f.Where(kv => kv.Key.EndsWith(".Name", StringComparison.Ordinal) && kv.Key.StartsWith("Filter.", StringComparison.Ordinal))
            .Select(kv => (Action: f["Action"], Filter: kv.Value))).Distinct().ToList();
        Assert.Equal(5, filters.Count);
        Assert.All(filters, f => Assert.Contains($"<code>{f.Filter}</code>", Ec2Model.FilterDocumentation(f.Action), StringComparison.Ordinal));
    }

    [BotocoreTheory]
    [MemberData(nameof(Fixtures))]
    public void Fixtures_EveryResponseElement_IsDefinedByTheModel(string operation, string body)
    {
        var response = XElement.Parse(Ec2Wire.Ok(operation, body).Body);

        Assert.Equal($"{operation}Response", response.Name.LocalName);
        Assert.Equal(Ec2Wire.Namespace, response.Name.NamespaceName);
        Assert.Empty(Ec2Model.UnknownElements(operation, response));
    }

    [BotocoreTheory]
    [MemberData(nameof(ElementsRead))]
    public void Adapters_EveryElementRead_IsDefinedByTheModel(string operation, string path) =>
        Assert.True(Ec2Model.HasResponsePath(operation, path), $"{operation}: {path}");

    [BotocoreFact]
    public void ModifyVpcAttribute_HasNoDryRun_SoTheActuatorDoesNotSendItInDryRun() =>
        Assert.False(Ec2Model.Shape(Ec2Model.InputShape("ModifyVpcAttribute")).GetProperty("members").TryGetProperty("DryRun", out _));

    [BotocoreFact]
    public void Model_UnknownKeyOrElement_IsReported()
    {
        Assert.Equal(["NetworkInterfaceIds.1", "Filter.1.Valu.1"], Ec2Model.UnknownQueryKeys("DescribeNetworkInterfaces", ["NetworkInterfaceIds.1", "Filter.1.Valu.1", "NetworkInterfaceId.1"]));
        Assert.False(Ec2Model.HasResponsePath("DescribeNetworkInterfaces", "networkInterfaceSet/item/publicIp"));
    }

    /// <summary>Every adapter call once, including the NotFound re-read, against one scripted EC2.</summary>
    private static class Scenario
    {
        public const string Instances =
            "<reservationSet><item><reservationId>r-0a1b2c3d</reservationId><instancesSet><item><instanceId>i-0a1b2c3d</instanceId>" +
            "<instanceType>m5.large</instanceType><instanceState><code>16</code><name>running</name></instanceState></item></instancesSet></item></reservationSet>";

        public const string InstanceTypes =
            "<instanceTypeSet><item><instanceType>m5.large</instanceType><networkInfo><maximumNetworkInterfaces>3</maximumNetworkInterfaces></networkInfo></item></instanceTypeSet>";

        public const string Authorized =
            "<return>true</return><securityGroupRuleSet><item><securityGroupRuleId>sgr-0new</securityGroupRuleId><groupId>sg-0web0000</groupId></item></securityGroupRuleSet>";

        public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> RunAsync()
        {
            await using var stub = Ec2Stub.Start()
                .On("DescribeNetworkInterfaces", f => f.ContainsKey("NetworkInterfaceId.1")
                    ? Ec2Wire.Error("InvalidNetworkInterfaceID.NotFound", "gone")
                    : Ec2Wire.Ok("DescribeNetworkInterfaces", Ec2Xml.Enis(Ec2Xml.Eni("eni-0000000b", "sg-0web0000"))))
                .On("DescribeSecurityGroups", Ec2Xml.Groups(Ec2Xml.Group("sg-0web0000", "web", "vpc-0a1b2c3d")))
                .On("DescribeSecurityGroupRules", Ec2Xml.Rules())
                .On("DescribeVpcAttribute", f => Ec2Wire.Ok("DescribeVpcAttribute", Ec2Xml.VpcAttribute("vpc-0a1b2c3d", f["Attribute"], true)))
                .On("DescribeVpcs", Ec2Xml.Vpc("vpc-0a1b2c3d", "dopt-0d1e2f3a"))
                .On("DescribeDhcpOptions", Ec2Xml.DhcpOptions("dopt-0d1e2f3a"))
                .On("DescribeInstances", Instances)
                .On("DescribeInstanceTypes", InstanceTypes)
                .On("RevokeSecurityGroupIngress", "<return>true</return>")
                .On("AuthorizeSecurityGroupIngress", Authorized)
                .On("ModifyVpcAttribute", string.Empty);
            var observer = new Ec2NetworkObserver(stub.Client, new Ec2ReadCache(new FakeTimeProvider()));
            var actuator = new Ec2Actuator(stub.Client, observer.Cache);

            await observer.DescribeEnisAsync(["eni-0000000b", "eni-0000dead"], CancellationToken.None);
            await observer.DescribeSecurityGroupsAsync(["sg-0web0000"], CancellationToken.None);
            await observer.DescribeVpcDnsAsync("vpc-0a1b2c3d", CancellationToken.None);
            await observer.DescribeHostCapacityAsync("i-0a1b2c3d", CancellationToken.None);
            await observer.CountEnisByGroupAsync(["sg-0web0000"], CancellationToken.None);
            await actuator.ExecuteAsync(new RevokeIngressRule("sg-0web0000", "sgr-01", Permission(RuleSource.FromCidr(Cidr.AnyIPv4))), dryRun: true, CancellationToken.None);
            foreach (var source in new[] { RuleSource.FromCidr(Cidr.AnyIPv4), RuleSource.FromCidr(Cidr.AnyIPv6), RuleSource.FromGroup("sg-0a1b0000"), RuleSource.FromPrefixList("pl-63a5400a") })
            {
                await actuator.ExecuteAsync(new AuthorizeIngressRule("sg-0web0000", Permission(source)), dryRun: false, CancellationToken.None);
            }

            await actuator.ExecuteAsync(new EnableVpcAttribute("vpc-0a1b2c3d", VpcAttribute.EnableDnsSupport), dryRun: false, CancellationToken.None);
            await actuator.ExecuteAsync(new EnableVpcAttribute("vpc-0a1b2c3d", VpcAttribute.EnableDnsHostnames), dryRun: false, CancellationToken.None);
            return [.. stub.Requests.Select(r => r.FormFields())];
        }

        private static IngressPermission Permission(RuleSource source) => new(IpProtocol.Tcp, PortRange.Single(443), source);
    }
}
