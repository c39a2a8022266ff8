namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>An ingress rule: protocol, ports (tcp/udp only) and exactly one of cidr or source.</summary>
internal static class IngressRuleShape
{
    public static Field<ScalarShape<Networking.IpProtocol>> Protocol { get; } = new(
        "protocol", NetworkScalars.Protocol, "tcp, udp, icmp, icmpv6, all (or -1), or a protocol number 0-255.") { Required = true };

    public static Field<ScalarShape<Networking.PortRange>> Ports { get; } = new(
        "ports", NetworkScalars.Ports, "A port (80), a range (\"5985-5986\") or \"all\". Required for tcp and udp; not allowed for other protocols.");

    public static Field<ScalarShape<Networking.Cidr>> Cidr { get; } = new(
        "cidr", NetworkScalars.CidrBlock, "Traffic from this IPv4 or IPv6 block (host bits zero). Give cidr or source, not both.");

    public static Field<ScalarShape<string>> Source { get; } = new(
        "source", NetworkScalars.SourceId, "Traffic from this security group (sg-…) or prefix list (pl-…). Give cidr or source, not both.");

    public static Field<ScalarShape<string>> Group { get; } = new(
        "group", NetworkScalars.SecurityGroupId, "The group (one of securityGroups.ids) a missing rule is added to; default: the first of ids.");

    private static readonly string[] OneSource = [Cidr.Name, Source.Name];

    public static ObjectShape Forbidden { get; } = new("a forbidden ingress rule (protocol, ports, cidr or source)", Protocol, Ports, Cidr, Source)
    {
        ExactlyOneOf = OneSource,
        Misplaced = new Dictionary<string, string>
        {
            [Group.Name] = "group is only for requiredIngress rules (where a missing rule is added); a forbidden rule is looked for in every group",
        },
    };

    public static ObjectShape Required { get; } = new("a required ingress rule (protocol, ports, cidr or source, group)", Protocol, Ports, Cidr, Source, Group)
    {
        ExactlyOneOf = OneSource,
    };
}
