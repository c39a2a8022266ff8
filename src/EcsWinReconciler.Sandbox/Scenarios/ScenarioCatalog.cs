using System.Globalization;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// The named scenarios. Every one is the healthy baseline plus one change; names join with <c>+</c> to combine
/// changes (<c>rdp-open+dns-hostnames-off</c>).
/// </summary>
public static class ScenarioCatalog
{
    public static Scenario Healthy { get; } = new("healthy", "Two Windows hosts, the IIS service with 2 tasks, everything as the sample spec wants");

    public static Scenario RdpOpen { get; } = new("rdp-open", "The IIS tasks' group opens RDP 3389 to 0.0.0.0/0", ScenarioVariants.RdpOpen);

    public static Scenario WrongSecurityGroups { get; } = new(
        "wrong-security-groups", "The service's awsvpcConfiguration adds the legacy group: its tasks' ENIs carry [web, legacy]", ScenarioVariants.WrongSecurityGroups);

    public static Scenario DnsHostnamesOff { get; } = new(
        "dns-hostnames-off", "The VPC's enableDnsHostnames is off: tasks get no private DNS name", ScenarioVariants.DnsHostnamesOff);

    public static Scenario DhcpMissingAdDns { get; } = new(
        "dhcp-missing-ad-dns", "The VPC's DHCP options give AmazonProvidedDNS, not the AD DNS servers 10.0.0.10 and 10.0.1.10", ScenarioVariants.DhcpMissingAdDns);

    public static Scenario LinuxTask { get; } = new(
        "linux-task", "A Linux host and a Linux awsvpc service (runtimePlatform LINUX) in win-prod: to be skipped", ScenarioVariants.LinuxTask);

    public static Scenario EniExhausted { get; } = new(
        "eni-exhausted", "Host A's last ENI slot holds a hand-attached ENI; a third IIS task placed there fails to start", ScenarioVariants.EniExhausted);

    public static Scenario RolloutStuck { get; } = new(
        "rollout-stuck",
        "The IIS service's config adds the legacy group, and its forced redeployment finds no free ENI slot (RESOURCE:ENI, the stall-rollout fault): IN_PROGRESS, the old tasks keep running",
        ScenarioVariants.WrongSecurityGroups,
        ScenarioVariants.StalledRedeployment);

    public static Scenario NaclBlocksDns { get; } = new(
        "nacl-blocks-dns",
        "Both subnets' network ACL was written for Linux: inbound return ports 32768–60999 only, so DNS and domain replies to Windows' 49152–65535 are dropped",
        AfterStart: PathScenarios.NaclBlocksDns);

    public static Scenario AdUnreachable { get; } = new(
        "ad-unreachable",
        "The IIS tasks use gMSA and their group's egress allows only HTTPS and DNS: Kerberos, LDAP, SMB and RPC to the domain controllers are dropped",
        PathScenarios.AdUnreachable);

    public static Scenario ResolverRuleMissing { get; } = new(
        "resolver-rule-missing",
        "DHCP gives AmazonProvidedDNS and the Resolver FORWARD rule for corp.example.com is associated with another VPC, not the tasks'",
        AfterStart: PathScenarios.ResolverRuleMissing);

    public static Scenario SubnetExhausted { get; } = new(
        "subnet-exhausted", "Subnet A has no free IPv4 address left: the next IIS task placed in us-east-1a cannot get one", AfterStart: PathScenarios.SubnetExhausted);

    public static Scenario AgentNotAwsvpcReady { get; } = new(
        "agent-not-awsvpc-ready", "Host A's ECS agent disconnected after its tasks started: they run on, the host can take no new awsvpc task", AfterStart: PathScenarios.AgentNotAwsvpcReady);

    public static IReadOnlyList<Scenario> All { get; } =
    [
        Healthy, RdpOpen, WrongSecurityGroups, DnsHostnamesOff, DhcpMissingAdDns, LinuxTask, EniExhausted, RolloutStuck,
        NaclBlocksDns, AdUnreachable, ResolverRuleMissing, SubnetExhausted, AgentNotAwsvpcReady,
    ];

    /// <summary>
    /// A scenario by name, or several joined with <c>+</c>; besides <see cref="All"/>, the sized ones <c>scale-N</c>
    /// (<see cref="ScaleScenario"/>) and <c>drifted-fleet-N</c> (<see cref="DriftedFleet"/>). Unknown names throw with the list of known ones.
    /// </summary>
    public static Scenario Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => All.FirstOrDefault(s => s.Name == part) ?? Sized(part)
                            ?? throw new ArgumentException($"unknown scenario '{part}'; known: {string.Join(", ", All.Select(s => s.Name))}, {ScaleScenario.NamePrefix}N, {DriftedFleet.NamePrefix}N", nameof(name)))
            .Aggregate((a, b) => a == Healthy ? b : b == Healthy ? a : a.With(b));
    }

    private static Scenario? Sized(string part) =>
        Size(part, DriftedFleet.NamePrefix) is { } fleet ? DriftedFleet.Create(fleet)
        : Size(part, ScaleScenario.NamePrefix) is { } scale ? ScaleScenario.Create(scale)
        : null;

    /// <summary>N of <c>PREFIXN</c>; null when the name has another prefix or no number after it.</summary>
    private static int? Size(string part, string prefix) =>
        part.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(part.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            ? size
            : null;
}
