using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>DescribeDhcpOptions, CreateDhcpOptions, AssociateDhcpOptions (so users can change a VPC's DNS servers).</summary>
internal static class DhcpHandlers
{
    private static readonly string[] Filters = ["dhcp-options-id", "key", "value"];
    private static readonly string[] Keys = ["domain-name", "domain-name-servers", "ntp-servers", "netbios-name-servers", "netbios-node-type", "ipv6-address-preferred-lease-time"];

    public static IEnumerable<XElement?> Describe(Ec2Request request)
    {
        var ids = request.Parameters.List("DhcpOptionsId");
        var filters = Ec2Filter.Parse(request.Parameters, Filters);
        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            foreach (var id in ids.Where(id => !world.DhcpOptions.ContainsKey(id)))
            {
                throw Ec2Ids.NotFound("InvalidDhcpOptionID.NotFound", "dhcpOption", id);
            }

            var matching = world.DhcpOptions.Values
                .Where(d => ids.Count == 0 || ids.Contains(d.Id))
                .Where(d => Ec2Filter.MatchesAll(filters, f => f switch
                {
                    "dhcp-options-id" => [d.Id],
                    "key" => d.Configurations.Select(c => c.Key),
                    _ => d.Configurations.SelectMany(c => c.Values),
                }))
                .ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters);
            return new XElement?[] { Set("dhcpOptionsSet", page, d => Item(world, d)), E("nextToken", next) };
        });
    }

    public static IEnumerable<XElement?> Create(Ec2Request request)
    {
        var configurations = request.Parameters.Structures("DhcpConfiguration")
            .Select(c => new DhcpConfiguration(c.Required("Key"), c.List("Value")))
            .ToList();
        foreach (var c in configurations.Where(c => !Keys.Contains(c.Key) || c.Values.Count == 0))
        {
            throw new ApiException("InvalidParameterValue", $"Value ({c.Key}) for parameter key is invalid or has no values");
        }

        if (configurations.FirstOrDefault(c => c.Key == DhcpOptionSet.DomainNameServers) is { Values.Count: > 4 })
        {
            throw new ApiException("InvalidParameterValue", "A DHCP option set holds at most 4 domain-name-servers");
        }

        request.StopIfDryRun();
        return request.State.Write(world =>
        {
            var set = new DhcpOptionSet { Id = world.Ids.Resource("dopt"), Configurations = configurations };
            world.DhcpOptions.Add(set.Id, set);
            world.RecordWrite("ec2", request.Operation, set.Id, string.Join("; ", configurations.Select(c => $"{c.Key}={string.Join(",", c.Values)}")));
            return new XElement?[] { S("dhcpOptions", [.. Item(world, set)]) };
        });
    }

    public static IEnumerable<XElement?> Associate(Ec2Request request)
    {
        var optionsId = request.Parameters.Required("DhcpOptionsId");
        var vpcId = request.Parameters.Required("VpcId");
        request.State.Write(world =>
        {
            var vpc = VpcHandlers.FindVpc(world, vpcId);
            if (optionsId != "default" && !world.DhcpOptions.ContainsKey(optionsId))
            {
                throw Ec2Ids.NotFound("InvalidDhcpOptionID.NotFound", "dhcpOption", optionsId);
            }

            request.StopIfDryRun();
            vpc.DhcpOptionsId = optionsId;
            world.RecordWrite("ec2", request.Operation, vpcId, "dhcpOptionsId=" + optionsId);
        });
        return [E("return", true)];
    }

    private static IEnumerable<XElement?> Item(SandboxWorld world, DhcpOptionSet set) =>
    [
        E("dhcpOptionsId", set.Id),
        E("ownerId", world.AccountId),
        Set("dhcpConfigurationSet", set.Configurations, c => [E("key", c.Key), Set("valueSet", c.Values, v => [E("value", v)])]),
        Set("tagSet", Array.Empty<string>(), _ => []),
    ];
}
