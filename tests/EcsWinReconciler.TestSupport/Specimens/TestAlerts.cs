using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.TestSupport.Specimens;

/// <summary>
/// One root cause many tasks share (RDP open to the world through a rule of a group) and the deltas a reconcile makes for
/// it, for the alert lifecycle tests and the alert-store contract.
/// </summary>
public static class TestAlerts
{
    public const string Spec = "iis-web";
    public const string Cluster = "arn:aws:ecs:us-east-1:123456789012:cluster/win-prod";
    public const string Family = "iis";
    public const string Group = "sg-0web";
    public const string Alerted = "remediation mode is alert";

    public static readonly DateTimeOffset At = new(2025, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan Reminder = TimeSpan.FromHours(24);

    public static readonly AlertResolution Passing = AlertResolution.FixedElsewhere("a fresh look at sg-0web/sgr-0123 passes sg.forbidden-ingress");

    public static Finding Finding(string group = Group) => new(
        CheckIds.ForbiddenIngress, $"{group}/sgr-0123", Severity.Critical, FindingRoot.Rule(group, "sgr-0123"),
        "no tcp 3389 from 0.0.0.0/0", "tcp 3389 from 0.0.0.0/0", [], "RDP is open to the world on " + group,
        Remedy.RevokeRule(group, "sgr-0123", new IngressPermission(IpProtocol.Tcp, PortRange.Single(3389), RuleSource.FromCidr(Cidr.AnyIPv4))));

    public static string Task(int n) => $"arn:aws:ecs:us-east-1:123456789012:task/win-prod/{n:D32}";

    public static EquatableArray<string> Tasks(params int[] tasks) => [.. tasks.Select(Task).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static string Key(string group = Group) => AlertKey.For(Spec, Finding(group));

    public static AlertRecord Candidate(string group = Group) => AlertRecord.Candidate(Spec, Cluster, Family, Finding(group), Alerted);

    /// <summary>Tasks show the cause and it is alerted: the delta may open the alert.</summary>
    public static AlertDelta Open(params int[] tasks) => OpenOn(Group, tasks);

    public static AlertDelta OpenOn(string group, params int[] tasks) =>
        new(Key(group)) { Candidate = Candidate(group), MayOpen = true, Join = Tasks(tasks), Handling = Alerted };

    /// <summary>Tasks show the cause but it is not alerted (a repair under way, below the threshold): followed only while open.</summary>
    public static AlertDelta Join(params int[] tasks) => new(Key()) { Join = Tasks(tasks) };

    /// <summary>Tasks that showed the cause and do not now.</summary>
    public static AlertDelta Leave(params int[] tasks) => new(Key()) { Leave = Tasks(tasks) };

    /// <summary>The root was seen passing.</summary>
    public static AlertDelta Resolve(string group = Group) => new(Key(group)) { Resolve = Passing };
}
