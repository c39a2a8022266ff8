using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.TestSupport.Specimens;

/// <summary>The spec of the seed's IIS task family, built directly (not parsed) so Core tests stand alone.</summary>
public static class IisSpec
{
    public static readonly IngressRuleSpec RdpFromWorld = Rule("tcp", 3389, 3389, "0.0.0.0/0");
    public static readonly IngressRuleSpec RdpFromWorldV6 = Rule("tcp", 3389, 3389, "::/0");
    public static readonly IngressRuleSpec WinRmFromWorld = Rule("tcp", 5985, 5986, "0.0.0.0/0");
    public static readonly IngressRuleSpec WinRmFromWorldV6 = Rule("tcp", 5985, 5986, "::/0");

    public static readonly IngressRuleSpec HttpFromAlb =
        new(new IngressPermission(IpProtocol.Tcp, PortRange.Single(80), RuleSource.FromGroup(Ids.AlbGroup)), Ids.WebGroup);

    public static TaskNetworkSpec Create(RemediationSpec? remediation = null) => new(
        new SpecMetadata("iis-webserver", []),
        new SpecBody(
            new TaskSelector(Ids.ClusterName, Ids.Family),
            PlatformRequirement.Windows,
            new EniSpec([Ids.SubnetA, Ids.SubnetB], PublicIpPolicy.Forbidden),
            new SecurityGroupSpec(GroupMatch.Exact, [Ids.WebGroup], [RdpFromWorld, RdpFromWorldV6, WinRmFromWorld, WinRmFromWorldV6], [HttpFromAlb]),
            new DnsSpec(true, true, [DnsSpec.AmazonProvidedDns], "corp.example.com", PrivateDnsNamePolicy.Required),
            remediation ?? RemediationSpec.AlertOnly,
            AlertSpec.Default));

    public static RemediationSpec Remediate { get; } =
        new(RemediationMode.Remediate, RemediationMode.Remediate, RemediationMode.Remediate, RemediationMode.Remediate);

    public static RemediationSpec DryRun { get; } =
        new(RemediationMode.DryRun, RemediationMode.DryRun, RemediationMode.DryRun, RemediationMode.DryRun);

    public static IngressRuleSpec Rule(string protocol, int from, int to, string cidr) =>
        new(new IngressPermission(IpProtocol.Parse(protocol), new PortRange(from, to), RuleSource.FromCidr(Cidr.Parse(cidr))));

    public static TaskNetworkSpec WithSeverity(this TaskNetworkSpec spec, Severity minimum) =>
        spec with { Spec = spec.Spec with { Alerts = spec.Spec.Alerts with { MinimumSeverity = minimum } } };
}
