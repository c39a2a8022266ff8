using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Tests.Output.Golden;

/// <summary>
/// What the golden-width tables show: the long things people meet — 32-hex task ids, rule and service roots, alert keys
/// that hold a service ARN, CIDRs in messages — in two clusters, with a skipped task, a stale one and a deleted spec.
/// </summary>
internal static class GoldenData
{
    public const string Account = "111122223333";
    public const string Service = $"arn:aws:ecs:us-east-1:{Account}:service/win-prod/iis-webserver";
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly FindingRecord Rdp = new(
        "sg.forbidden-ingress/sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2", CheckIds.ForbiddenIngress, Severity.Critical, FindingScope.Shared,
        "no tcp 3389 from 0.0.0.0/0", "tcp 3389 from 0.0.0.0/0", "RDP (tcp 3389) is open to 0.0.0.0/0 on sg-0123456789abcdef0",
        FindingDecision.Alerted("remediation mode is alert"))
    {
        Root = "rule:sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2",
        AlertKey = "iis-webserver:sg.forbidden-ingress@rule:sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2",
    };

    private static readonly FindingRecord GroupSet = new(
        "sg.set/eni-0f1e2d3c4b5a69788", "sg.set", Severity.High, FindingScope.Task, "sg-0123456789abcdef0", "sg-0123456789abcdef0, sg-0fedcba9876543210",
        "the task's ENI has a group its spec does not list",
        FindingDecision.Repairing($"update service iis-webserver to groups sg-0123456789abcdef0 (rollout of {Service})", "update service iis-webserver"))
    {
        Root = $"service:{Service}",
        AlertKey = $"iis-webserver:sg.set@service:{Service}",
    };

    private static readonly FindingRecord Dns = new(
        "dns.servers/vpc-0a1b2c3d4e5f60718", "dns.servers", Severity.High, FindingScope.Shared, "10.20.0.10, 10.20.0.11", "AmazonProvidedDNS",
        "the VPC's DHCP options do not name the AD DNS servers 10.20.0.10 and 10.20.0.11 (10.20.0.0/16)",
        FindingDecision.Alerted("DHCP options are never changed automatically: a person must associate dopt-0aa11bb22cc33dd44 with vpc-0a1b2c3d4e5f60718"))
    {
        Root = "vpc:vpc-0a1b2c3d4e5f60718",
        AlertKey = "win-prod-default:dns.servers@vpc:vpc-0a1b2c3d4e5f60718",
    };

    public static IReadOnlyList<StatusRow> Statuses() =>
    [
        new(Status("win-prod", "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "iis-webserver", "iis-webserver", 2, JudgementKind.Judged, "3 finding(s)", [Rdp, GroupSet, Dns]), 3),
        new(Status("win-prod", "1b2c3d4e5f60718293a4b5c6d7e8f90a", "iis-webserver", "iis-webserver", 3, JudgementKind.Judged, "no drift", []), 3),
        new(Status("win-prod", "2c3d4e5f60718293a4b5c6d7e8f90a1b", "fluent-bit-linux", null, 0, JudgementKind.Skipped,
            "not Windows: LINUX (operatingSystemFamily of arn:aws:ecs:us-east-1:111122223333:task-definition/fluent-bit-linux:7)", []), null),
        new(Status("win-test", "3d4e5f60718293a4b5c6d7e8f90a1b2c", "payroll-api", "payroll-api", 4, JudgementKind.Judged, "1 finding(s)", [Dns]), null),
    ];

    public static IReadOnlyList<AlertRecord> Alerts() =>
    [
        Alert(Rdp, "iis-webserver", AlertState.Open, Now.AddMinutes(-42), null, 2),
        Alert(GroupSet, "iis-webserver", AlertState.Open, Now.AddHours(-3), null, 2) with { ResourceId = Service },
        Alert(Dns, "win-prod-default", AlertState.Resolved, Now.AddDays(-2), Now.AddMinutes(-5), 5),
    ];

    /// <summary>The same rows as a hub sees them (issue 15): the hub's own, and two members' in their regions.</summary>
    public static IReadOnlyList<StatusRow> StatusesOfPlaces() =>
    [
        .. Statuses().Take(2),
        .. Statuses().Skip(2).Take(1).Select(r => r with { Status = InPlace(r.Status, "444455556666", "eu-west-1") }),
        .. Statuses().Skip(3).Select(r => r with { Status = InPlace(r.Status, "777788889999", "us-west-2") }),
    ];

    public static IReadOnlyList<AlertRecord> AlertsOfPlaces() =>
    [
        Alerts()[0],
        Alerts()[1] with { ClusterArn = "arn:aws:ecs:eu-west-1:444455556666:cluster/win-prod" },
        Alerts()[2] with { ClusterArn = "arn:aws:ecs:us-west-2:777788889999:cluster/win-prod" },
    ];

    public static ReconcileView Reconcile() => new(
        "win-prod", null, null, DryRun: true, Seen: 12, Judged: 11, new Dictionary<string, int> { ["not Windows: LINUX"] = 1 }, Findings: 7,
        ActionsApplied: 0, ActionsDryRun: 3, AlertsOpened: 2, AlertsResolved: 1, [], [], DriftRemains: true, []);

    public static IReadOnlyList<(string TaskArn, FindingRecord Finding)> Findings() =>
        [.. Statuses().SelectMany(r => r.Status.Findings.Select(f => (r.Status.TaskArn, f)))];

    public static IReadOnlyList<StoredSpec> Specs()
    {
        var iis = SpecReader.Read("iis.yaml", SpecTexts.Iis()).Specs.Single().Spec;
        var described = iis with { Metadata = iis.Metadata with { Description = "IIS front end of the payroll portal: ALB on tcp 80 only, AD DNS, no RDP from anywhere, replaced when its ENI drifts" } };
        var other = SpecReader.Read("api.yaml", SpecTexts.Iis(name: "payroll-api", family: "payroll-api")).Specs.Single().Spec;
        return [new StoredSpec(described, 4, string.Empty), new StoredSpec(other with { Spec = other.Spec with { Suspend = true } }, 1, string.Empty)];
    }

    /// <summary>Exceptions of two specs: one in force (added with ewr except add), one lapsed (declared in the spec file).</summary>
    public static IReadOnlyList<Cli.Output.Views.ExceptionView> Exceptions()
    {
        var specs = Specs();
        var rdp = new ExceptionEntry(CheckIds.ForbiddenIngress, "sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2", "RDP from the bastion subnet until the migration to SSM Session Manager ends",
            ExceptionExpiry.EndOfDay(new DateOnly(2027, 1, 31)), "CHG-4711") { AddedBy = "arn:aws:sts::111122223333:assumed-role/PlatformAdmin/ana", AddedAt = Now.AddDays(-3) };
        var dhcp = new ExceptionEntry(CheckIds.DhcpDnsServers, "dopt-0aa11bb22cc33dd44", "AD domain controllers move to the shared-services VPC",
            ExceptionExpiry.EndOfDay(new DateOnly(2026, 11, 20)), null);
        var group = new ExceptionEntry(CheckIds.SecurityGroupSet, Service, "vendor monitoring agent needs its own group", new ExceptionExpiry(Now.AddDays(30), false), "RISK-17");
        return
        [
            Cli.Output.Views.ExceptionView.From(specs[0], rdp, Now),
            Cli.Output.Views.ExceptionView.From(specs[0], group, Now),
            Cli.Output.Views.ExceptionView.From(specs[1], dhcp, Now),
        ];
    }

    /// <summary>What alerts --excepted lists for a fleet whose RDP rule and DHCP options are excepted.</summary>
    public static IReadOnlyList<Cli.Alerts.ExceptedFinding> Excepted()
    {
        var rdp = Rdp with { Decision = FindingDecision.Excepted(new ExceptionEntry(CheckIds.ForbiddenIngress, "sg-0123456789abcdef0", "RDP from the bastion subnet until the migration ends", ExceptionExpiry.EndOfDay(new DateOnly(2027, 1, 31)), "CHG-4711")), AlertKey = null };
        var dns = Dns with { Decision = FindingDecision.Excepted(new ExceptionEntry(CheckIds.DhcpDnsServers, "vpc-0a1b2c3d4e5f60718", "AD move", ExceptionExpiry.EndOfDay(new DateOnly(2026, 12, 15)), null)), AlertKey = null };
        return Cli.Alerts.ExceptedFinding.From(
        [
            Status("win-prod", "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "iis-webserver", "iis-webserver", 2, JudgementKind.Judged, "2 finding(s)", [rdp, dns]),
            Status("win-prod", "1b2c3d4e5f60718293a4b5c6d7e8f90a", "iis-webserver", "iis-webserver", 2, JudgementKind.Judged, "1 finding(s)", [rdp]),
        ]);
    }

    private static TaskNetworkStatus InPlace(TaskNetworkStatus status, string account, string region) => status with
    {
        TaskArn = status.TaskArn.Replace($"us-east-1:{Account}", $"{region}:{account}", StringComparison.Ordinal),
        ClusterArn = status.ClusterArn.Replace($"us-east-1:{Account}", $"{region}:{account}", StringComparison.Ordinal),
    };

    private static TaskNetworkStatus Status(string cluster, string id, string family, string? spec, long generation, JudgementKind judgement, string reason, FindingRecord[] findings) => new(
        $"arn:aws:ecs:us-east-1:{Account}:task/{cluster}/{id}", $"arn:aws:ecs:us-east-1:{Account}:cluster/{cluster}", family, spec, generation, 7, "RUNNING", judgement, reason,
        judgement == JudgementKind.Judged
            ?
            [
                new StatusCondition(StatusCondition.EniReady, ConditionStatus.True, "Attached", "attached", Now),
                new StatusCondition(StatusCondition.SecurityGroupsCompliant, findings.Length > 0 ? ConditionStatus.False : ConditionStatus.True, "x", "x", Now),
                new StatusCondition(StatusCondition.DnsCompliant, findings.Any(f => f.Check == "dns.servers") ? ConditionStatus.False : ConditionStatus.Unknown, "x", "x", Now),
            ]
            : [],
        [.. findings], Now, null);

    private static AlertRecord Alert(FindingRecord finding, string spec, AlertState state, DateTimeOffset opened, DateTimeOffset? resolved, int tasks) => new(
        finding.AlertKey!, spec, finding.Check, finding.Root[(finding.Root.IndexOf(':', StringComparison.Ordinal) + 1)..], finding.Severity, finding.Scope,
        $"arn:aws:ecs:us-east-1:{Account}:cluster/win-prod", "iis-webserver", finding.Message, finding.Expected, finding.Actual, state,
        [.. Enumerable.Range(0, tasks).Select(n => $"arn:aws:ecs:us-east-1:{Account}:task/win-prod/{n:x32}")], opened, resolved, null, null, null, 1);
}
