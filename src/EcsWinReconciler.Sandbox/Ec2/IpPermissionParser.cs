using System.Globalization;
using System.Net;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>
/// Reads <c>IpPermissions.N.*</c> (and the legacy top-level CidrIp/IpProtocol/FromPort/ToPort) into one rule per
/// source, with the protocol normalised and ports checked as EC2 checks them. Rule ids are left empty.
/// </summary>
internal static class IpPermissionParser
{
    public static IReadOnlyList<SecurityGroupRule> Parse(QueryParameters parameters, string groupId, bool isEgress)
    {
        var rules = new List<SecurityGroupRule>();
        foreach (var permission in parameters.Structures("IpPermissions"))
        {
            var (protocol, from, to) = ProtocolAndPorts(permission);
            var template = new SecurityGroupRule(string.Empty, groupId, isEgress, protocol, from, to);
            rules.AddRange(permission.Structures("IpRanges").Select(r => template with { CidrIpv4 = Cidr(r.Required("CidrIp"), false), Description = r["Description"] }));
            rules.AddRange(permission.Structures("Ipv6Ranges").Select(r => template with { CidrIpv6 = Cidr(r.Required("CidrIpv6"), true), Description = r["Description"] }));
            rules.AddRange(permission.Structures("PrefixListIds").Select(r => template with { PrefixListId = r.Required("PrefixListId"), Description = r["Description"] }));
            rules.AddRange(permission.Structures("Groups").Select(r => template with { ReferencedGroupId = r.Required("GroupId"), Description = r["Description"] }));
        }

        if (parameters["CidrIp"] is { } legacyCidr)
        {
            var (protocol, from, to) = ProtocolAndPorts(parameters);
            rules.Add(new SecurityGroupRule(string.Empty, groupId, isEgress, protocol, from, to, CidrIpv4: Cidr(legacyCidr, false)));
        }

        return rules.Count > 0
            ? rules
            : throw new ApiException("MissingParameter", "No IpPermissions with a source (IpRanges, Ipv6Ranges, PrefixListIds or Groups) were given");
    }

    private static (string Protocol, int From, int To) ProtocolAndPorts(QueryParameters permission)
    {
        var protocol = Protocol(permission.Required("IpProtocol"));
        if (protocol is "-1")
        {
            return (protocol, -1, -1);
        }

        var from = permission.Int("FromPort");
        var to = permission.Int("ToPort");
        if (protocol is "tcp" or "udp")
        {
            if (from is null || to is null || from < 0 || to > 65535 || from > to)
            {
                throw new ApiException("InvalidParameterValue", $"Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange ({from}-{to})");
            }
        }

        return (protocol, from ?? -1, to ?? -1);
    }

    private static string Protocol(string value) => value.ToLowerInvariant() switch
    {
        "tcp" or "6" => "tcp",
        "udp" or "17" => "udp",
        "icmp" or "1" => "icmp",
        "icmpv6" or "58" => "icmpv6",
        "-1" or "all" => "-1",
        var n when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 255 => n,
        _ => throw new ApiException("InvalidParameterValue", $"Invalid value '{value}' for IP protocol. Unknown protocol."),
    };

    private static string Cidr(string value, bool v6)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var ok = slash > 0 &&
                 IPAddress.TryParse(value[..slash], out var address) &&
                 (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6) == v6 &&
                 int.TryParse(value[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) &&
                 prefix <= (v6 ? 128 : 32);
        return ok ? value : throw new ApiException("InvalidParameterValue", $"CIDR block {value} is malformed");
    }
}
