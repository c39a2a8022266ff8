using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The ingress-rule scalars, read with the shared <see cref="Networking"/> value types.</summary>
internal static class NetworkScalars
{
    public static ScalarShape<IpProtocol> Protocol { get; } = new(
        "an IP protocol (tcp, udp, icmp, icmpv6, all or -1, or a number 0-255)",
        JsonTypes.String | JsonTypes.Integer,
        (ScalarNode node, out IpProtocol value, out string? problem) =>
        {
            var ok = IpProtocol.TryParse(node.Value, out var parsed);
            value = parsed ?? default;
            problem = ok ? null
                : $"{ScalarNode.Quote(node.Value)} is not an IP protocol (tcp, udp, icmp, icmpv6, all or -1, or a number 0-255)"
                    + Suggestions.DidYouMean(node.Value, ["tcp", "udp", "icmp", "icmpv6", "all"]);
            return ok;
        },
        (writer, value) => writer.WriteStringValue(value.ToString()))
    {
        Pattern = "^(tcp|udp|icmp|icmpv6|all|-1|[0-9]{1,3})$",
        Minimum = IpProtocol.AllNumber,
        Maximum = 255,
    };

    /// <summary>80, "80", "5985-5986" or "all". The canonical form is a number for one port, else a string.</summary>
    public static ScalarShape<PortRange> Ports { get; } = new(
        "a port or port range (e.g. 80, 5985-5986 or all)",
        JsonTypes.String | JsonTypes.Integer,
        (ScalarNode node, out PortRange value, out string? problem) =>
        {
            var ok = PortRange.TryParse(node.IsNull ? null : node.Value, out var parsed, out var why);
            value = parsed ?? default;
            problem = ok ? null : $"{ScalarNode.Quote(node.Value)} {why}";
            return ok;
        },
        (writer, value) =>
        {
            if (value.From == value.To)
            {
                writer.WriteNumberValue(value.From);
            }
            else
            {
                writer.WriteStringValue(value.ToString());
            }
        })
    {
        Pattern = "^(all|[0-9]{1,5}(-[0-9]{1,5})?)$",
        Minimum = 0,
        Maximum = PortRange.MaxPort,
    };

    /// <summary>An IPv4 or IPv6 block with its host bits zero, as EC2 stores it.</summary>
    public static ScalarShape<Cidr> CidrBlock { get; } = new(
        "a CIDR block (e.g. 10.0.0.0/16 or ::/0)",
        JsonTypes.String,
        (ScalarNode node, out Cidr value, out string? problem) =>
        {
            var ok = Cidr.TryParse(node.IsNull ? null : node.Value, out var parsed, out var why);
            value = parsed ?? default;
            problem = ok ? null : $"{ScalarNode.Quote(node.Value)} {why}";
            return ok;
        },
        (writer, value) => writer.WriteStringValue(value.ToString()))
    {
        Pattern = "^[0-9A-Fa-f:.]+/[0-9]{1,3}$",
    };

    /// <summary>A rule's non-CIDR source: a security group or a managed prefix list.</summary>
    public static ScalarShape<string> SourceId { get; } = Scalars.Text(
        "a security group id (sg-…) or prefix list id (pl-…)",
        $"^(?:{Inner(AwsIds.SecurityGroupIdPattern)}|{Inner(AwsIds.PrefixListIdPattern)})$",
        value => AwsIds.IsSecurityGroupId(value) || AwsIds.IsPrefixListId(value));

    public static ScalarShape<string> SecurityGroupId { get; } = Scalars.Text(
        "a security group id (sg- followed by 8 or 17 hex digits)", AwsIds.SecurityGroupIdPattern, AwsIds.IsSecurityGroupId);

    public static ScalarShape<string> SubnetId { get; } = Scalars.Text(
        "a subnet id (subnet- followed by 8 or 17 hex digits)", AwsIds.SubnetIdPattern, AwsIds.IsSubnetId);

    /// <summary>A pattern without its anchors, to combine it with others.</summary>
    internal static string Inner(string anchored) => anchored.TrimStart('^').TrimEnd('$');
}
