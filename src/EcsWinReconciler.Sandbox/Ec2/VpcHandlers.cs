using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>DescribeVpcs, DescribeVpcAttribute and ModifyVpcAttribute — one attribute per call (docs/FACTS.md §4.4).</summary>
internal static class VpcHandlers
{
    private static readonly string[] Filters = ["vpc-id", "dhcp-options-id", "cidr", "is-default", "state"];
    private static readonly string[] Attributes = ["enableDnsSupport", "enableDnsHostnames", "enableNetworkAddressUsageMetrics"];

    public static IEnumerable<XElement?> Describe(Ec2Request request)
    {
        var ids = request.Parameters.List("VpcId");
        var filters = Ec2Filter.Parse(request.Parameters, Filters);
        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            foreach (var id in ids.Where(id => !world.Vpcs.ContainsKey(id)))
            {
                throw Ec2Ids.NotFound("InvalidVpcID.NotFound", "vpc", id);
            }

            var matching = world.Vpcs.Values
                .Where(v => ids.Count == 0 || ids.Contains(v.Id))
                .Where(v => Ec2Filter.MatchesAll(filters, f => f switch
                {
                    "vpc-id" => [v.Id],
                    "dhcp-options-id" => [v.DhcpOptionsId],
                    "cidr" => [v.CidrBlock],
                    "is-default" => [v.IsDefault ? "true" : "false"],
                    _ => ["available"],
                }))
                .ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters);
            return new XElement?[] { Set("vpcSet", page, v => VpcItem(world, v)), E("nextToken", next) };
        });
    }

    public static IEnumerable<XElement?> DescribeAttribute(Ec2Request request)
    {
        var attribute = request.Parameters.Required("Attribute");
        if (!Attributes.Contains(attribute))
        {
            throw new ApiException("InvalidParameterValue", $"Value ({attribute}) for parameter attribute is invalid. Unknown attribute.");
        }

        var vpcId = request.Parameters.Required("VpcId");
        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            var vpc = FindVpc(world, vpcId);
            var value = attribute switch
            {
                "enableDnsSupport" => vpc.EnableDnsSupport,
                "enableDnsHostnames" => vpc.EnableDnsHostnames,
                _ => vpc.EnableNetworkAddressUsageMetrics,
            };
            return new XElement?[] { E("vpcId", vpc.Id), S(attribute, E("value", value)) };
        });
    }

    public static IEnumerable<XElement?> ModifyAttribute(Ec2Request request)
    {
        var vpcId = request.Parameters.Required("VpcId");
        if (request.Parameters.Has("DryRun"))
        {
            // ModifyVpcAttribute has no DryRun member in the API model: EC2 rejects parameters it does not know.
            throw new ApiException("UnknownParameter", "The parameter DryRun is not recognized");
        }

        var given = new[] { "EnableDnsSupport", "EnableDnsHostnames", "EnableNetworkAddressUsageMetrics" }
            .Select(name => (Name: name, Value: request.Parameters.Bool(name + ".Value")))
            .Where(a => a.Value is not null)
            .ToList();
        if (given.Count != 1)
        {
            throw new ApiException("InvalidParameterCombination", "Exactly one attribute must be modified per request.");
        }

        var (name, value) = (given[0].Name, given[0].Value!.Value);
        request.State.Write(world =>
        {
            var vpc = FindVpc(world, vpcId);
            if (name == "EnableDnsHostnames" && value && !vpc.EnableDnsSupport)
            {
                // DNS hostnames need DNS support (docs/FACTS.md §4.4).
                throw new ApiException("InvalidParameterValue", "Cannot enable DNS hostnames when DNS support is disabled for the VPC.");
            }

            Apply(vpc, name, value);
            world.RecordWrite("ec2", request.Operation, vpcId, $"{char.ToLowerInvariant(name[0])}{name[1..]}={(value ? "true" : "false")}");
        });
        return [E("return", true)];
    }

    public static Vpc FindVpc(SandboxWorld world, string id) =>
        world.Vpcs.GetValueOrDefault(id) ?? throw Ec2Ids.NotFound("InvalidVpcID.NotFound", "vpc", id);

    private static void Apply(Vpc vpc, string name, bool value)
    {
        switch (name)
        {
            case "EnableDnsSupport":
                vpc.EnableDnsSupport = value;
                break;
            case "EnableDnsHostnames":
                vpc.EnableDnsHostnames = value;
                break;
            default:
                vpc.EnableNetworkAddressUsageMetrics = value;
                break;
        }
    }

    private static IEnumerable<XElement?> VpcItem(SandboxWorld world, Vpc vpc) =>
    [
        E("vpcId", vpc.Id),
        E("ownerId", world.AccountId),
        E("state", "available"),
        E("cidrBlock", vpc.CidrBlock),
        Set("cidrBlockAssociationSet", [vpc], v => [E("associationId", "vpc-cidr-assoc-" + v.Id[4..]), E("cidrBlock", v.CidrBlock), S("cidrBlockState", E("state", "associated"))]),
        E("dhcpOptionsId", vpc.DhcpOptionsId),
        SecurityGroupXml.TagSet(vpc.Tags),
        E("instanceTenancy", "default"),
        E("isDefault", vpc.IsDefault),
    ];
}
