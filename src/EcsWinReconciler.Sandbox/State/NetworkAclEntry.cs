namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// One ACL entry. <see cref="Protocol"/> is EC2's: a protocol number as text (<c>6</c> tcp, <c>17</c> udp, <c>1</c> icmp)
/// or <c>-1</c> for all; ports apply to tcp and udp only. <see cref="RuleAction"/> is <c>allow</c> or <c>deny</c>.
/// </summary>
public sealed record NetworkAclEntry(int RuleNumber, bool Egress, string Protocol, string RuleAction, string CidrBlock, int? FromPort = null, int? ToPort = null)
{
    public const string Allow = "allow";
    public const string Deny = "deny";
    public const string AllProtocols = "-1";
    public const string Tcp = "6";
    public const string Udp = "17";

    /// <summary>The two entries of one direction that a new ACL starts with in a default ACL: allow everything, then the catch-all deny.</summary>
    public static IEnumerable<NetworkAclEntry> AllowAll(bool egress) =>
    [
        new(100, egress, AllProtocols, Allow, "0.0.0.0/0"),
        CatchAll(egress),
    ];

    /// <summary>The <c>*</c> entry every ACL ends each direction with (EC2 shows it as rule 32767; it cannot be changed).</summary>
    public static NetworkAclEntry CatchAll(bool egress) => new(NetworkAcl.CatchAllRuleNumber, egress, AllProtocols, Deny, "0.0.0.0/0");
}
