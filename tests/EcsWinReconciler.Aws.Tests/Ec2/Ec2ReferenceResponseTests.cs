using System.Text.Json;
using System.Xml.Linq;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.TestSupport.Reference;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>Real EC2 answers (libcloud's recorded XML, botocore's official examples) fed through the real client.</summary>
public class Ec2ReferenceResponseTests
{
    [ReferenceFact]
    public async Task DescribeEnisAsync_LibcloudResponse_MapsBothInterfaces()
    {
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", _ => Libcloud("describe_network_interfaces.xml"));

        var batch = await Ec2NetworkObserverEniTests.Observer(stub).DescribeEnisAsync(["eni-18e6c05e", "eni-83e3c5c5"], CancellationToken.None);

        Assert.Equal(
            new ObservedEni(
                "eni-18e6c05e", "in-use", new EniAttachmentState("eni-attach-c87dd1a4", "i-caa71db1", 1, "attached"),
                "subnet-5ed9d432", "vpc-62ded30e", "172.16.4.133", "ip-172-16-4-133.ec2.internal", null,
                ["sg-495a9926"], "Test Interface 1", null),
            batch.Found["eni-18e6c05e"]);
        var primary = batch.Found["eni-83e3c5c5"];
        Assert.Equal(0, primary.Attachment?.DeviceIndex);
        Assert.Equal(["sg-13e4607c", "sg-495a9926"], primary.GroupIds);
        Assert.Null(primary.Description); // <description/>
        Assert.Empty(batch.Gone);
    }

    [ReferenceFact]
    public async Task DescribeSecurityGroupsAsync_LibcloudResponse_TakesNamesAndTreatsAnEmptyVpcAsNone()
    {
        await using var stub = Ec2Stub.Start()
            .On("DescribeSecurityGroups", _ => Libcloud("describe_security_groups.xml"))
            .On("DescribeSecurityGroupRules", Ec2Xml.Rules());

        var groups = await Ec2NetworkObserverEniTests.Observer(stub).DescribeSecurityGroupsAsync(["sg-443d0a12", "sg-5ff8a023"], CancellationToken.None);

        Assert.Equal([("sg-443d0a12", "WebServers", null), ("sg-5ff8a023", "RangedPortsBySource", null)], groups.Select(g => (g.Id, g.Name, g.VpcId)));
    }

    [ReferenceFact]
    public async Task DescribeVpcDnsAsync_LibcloudVpcs_PicksTheAskedVpcAndReadsItsOptionSet()
    {
        await using var stub = Ec2Stub.Start()
            .On("DescribeVpcAttribute", f => Ec2Wire.Ok("DescribeVpcAttribute", Ec2Xml.VpcAttribute(f["VpcId"], f["Attribute"], true)))
            .On("DescribeVpcs", _ => Libcloud("describe_vpcs.xml"))
            .On("DescribeDhcpOptions", Ec2Xml.DhcpOptions("dopt-7eded312", ("domain-name", ["ec2.internal"]), ("domain-name-servers", ["AmazonProvidedDNS"])));

        var dns = await Ec2NetworkObserverEniTests.Observer(stub).DescribeVpcDnsAsync("vpc-62ded30e", CancellationToken.None);

        Assert.Equal("dopt-7eded312", Assert.Single(stub.Calls("DescribeDhcpOptions"))["DhcpOptionsId.1"]);
        Assert.Equal(new DhcpOptionsObservation("dopt-7eded312", ["AmazonProvidedDNS"], ["ec2.internal"]), dns.Dhcp);
    }

    [ReferenceAndBotocoreFact]
    public async Task DescribeEnisAsync_OfficialExample_MapsThePublicIpFromTheAssociation()
    {
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", Example("DescribeNetworkInterfaces", 0));

        var eni = (await Ec2NetworkObserverEniTests.Observer(stub).DescribeEnisAsync(["eni-e5aa89a3"], CancellationToken.None)).Found["eni-e5aa89a3"];

        Assert.Equal(("203.0.113.12", "10.0.1.17", "ip-10-0-1-17.ec2.internal"), (eni.PublicIp, eni.PrivateIpv4Address, eni.PrivateDnsName));
        Assert.Equal(new EniAttachmentState("eni-attach-66c4350a", "i-1234567890abcdef0", 1, "attached"), eni.Attachment);
        Assert.Equal(("subnet-b61f49f0", "vpc-a01106c2", "my network interface"), (eni.SubnetId, eni.VpcId, eni.Description));
        Assert.Equal(["sg-8637d3e3"], eni.GroupIds);
    }

    [ReferenceAndBotocoreFact]
    public async Task DescribeVpcDnsAsync_OfficialExamples_ReadBothAttributesAndTheServers()
    {
        var support = Example("DescribeVpcAttribute", 0);
        var hostnames = Example("DescribeVpcAttribute", 1);
        await using var stub = Ec2Stub.Start()
            .On("DescribeVpcAttribute", f => Ec2Wire.Ok("DescribeVpcAttribute", f["Attribute"] == "enableDnsSupport" ? support : hostnames))
            .On("DescribeVpcs", Example("DescribeVpcs", 0).Replace("dopt-7a8b9c2d", "dopt-d9070ebb", StringComparison.Ordinal))
            .On("DescribeDhcpOptions", Example("DescribeDhcpOptions", 0));

        var dns = await Ec2NetworkObserverEniTests.Observer(stub).DescribeVpcDnsAsync("vpc-a01106c2", CancellationToken.None);

        Assert.Equal(new VpcDnsObservation("vpc-a01106c2", true, true, new DhcpOptionsObservation("dopt-d9070ebb", ["10.2.5.2", "10.2.5.1"], [])), dns);
    }

    private static StubResponse Libcloud(string file)
    {
        var body = File.ReadAllText(RepositoryPaths.Reference("responses", "ec2-xml", file));
        Assert.Equal(Ec2Wire.Namespace, XElement.Parse(body).Name.NamespaceName);
        return StubResponse.Xml(body);
    }

    private static string Example(string operation, int index)
    {
        using var examples = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Reference("responses", "botocore-examples", "ec2-2016-11-15-examples-1.json")));
        var output = examples.RootElement.GetProperty("examples").GetProperty(operation)[index].GetProperty("output");
        return Ec2Model.ExampleAsXml(operation, output);
    }
}
