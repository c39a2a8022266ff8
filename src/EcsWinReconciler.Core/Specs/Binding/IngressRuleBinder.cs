using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>Builds an <see cref="IngressPermission"/> from a rule, checking that ports go with tcp/udp only.</summary>
internal static class IngressRuleBinder
{
    public static IngressPermission? Bind(ObjectView? rule)
    {
        if (rule is null)
        {
            return null;
        }

        var protocol = rule.Read(IngressRuleShape.Protocol);
        var ports = rule.Read(IngressRuleShape.Ports);
        var source = ReadSource(rule);
        if (!protocol.IsPresent)
        {
            return null;
        }

        if (protocol.Value.HasPorts && ports.IsAbsent)
        {
            rule.Report($"missing required field \"ports\": {protocol.Value} rules need a port or range (e.g. 80, 5985-5986 or all)");
            return null;
        }

        if (!protocol.Value.HasPorts && !ports.IsAbsent)
        {
            var what = protocol.Value.IsAll ? "an all-traffic rule (-1)"
                : protocol.Value == IpProtocol.Icmp || protocol.Value == IpProtocol.IcmpV6 ? $"an {protocol.Value} rule"
                : $"a protocol {protocol.Value} rule";
            rule.Report(IngressRuleShape.Ports, $"ports apply only to tcp and udp; {what} covers every port, so remove ports");
            return null;
        }

        return ports.IsInvalid || source is null ? null : new IngressPermission(protocol.Value, protocol.Value.HasPorts ? ports.Value : PortRange.All, source);
    }

    private static RuleSource? ReadSource(ObjectView rule)
    {
        var cidr = rule.Read(IngressRuleShape.Cidr);
        var source = rule.Read(IngressRuleShape.Source);
        return (cidr.State, source.State) switch
        {
            (BoundState.Present, BoundState.Absent) => RuleSource.FromCidr(cidr.Value),
            (BoundState.Absent, BoundState.Present) when AwsIds.IsSecurityGroupId(source.Value) => RuleSource.FromGroup(source.Value),
            (BoundState.Absent, BoundState.Present) => RuleSource.FromPrefixList(source.Value),
            _ => null,
        };
    }
}
