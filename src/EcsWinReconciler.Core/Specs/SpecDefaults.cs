using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// What a spec means where it says nothing. The reader, the schema and the canonical writer all take
/// their defaults from here (through the shape declarations), so they cannot disagree.
/// </summary>
public static class SpecDefaults
{
    /// <summary>
    /// Used when <c>forbiddenIngress</c> is omitted: RDP (tcp 3389) and WinRM (tcp 5985-5986) from anywhere,
    /// over IPv4 and IPv6 — the remote-management ports of a Windows host. An explicit list (even <c>[]</c>) replaces it.
    /// </summary>
    public static EquatableArray<IngressRuleSpec> ForbiddenIngress { get; } =
    [
        Forbid(3389, 3389, Cidr.AnyIPv4),
        Forbid(3389, 3389, Cidr.AnyIPv6),
        Forbid(5985, 5986, Cidr.AnyIPv4),
        Forbid(5985, 5986, Cidr.AnyIPv6),
    ];

    public static PlatformRequirement Platform => PlatformRequirement.Windows;

    public static PublicIpPolicy PublicIp => PublicIpPolicy.Forbidden;

    public static GroupMatch Match => GroupMatch.Exact;

    public static PrivateDnsNamePolicy PrivateDnsName => PrivateDnsNamePolicy.Any;

    public static RemediationMode RemediationMode => RemediationMode.Alert;

    public static Drift.Severity Severity => AlertSpec.Default.MinimumSeverity;

    public static TimeSpan ReminderInterval => AlertSpec.DefaultReminderInterval;

    private static IngressRuleSpec Forbid(int from, int to, Cidr cidr) =>
        new(new IngressPermission(IpProtocol.Tcp, new PortRange(from, to), RuleSource.FromCidr(cidr)));
}
