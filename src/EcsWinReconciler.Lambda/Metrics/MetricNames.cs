namespace EcsWinReconciler.Lambda.Metrics;

/// <summary>The CloudWatch metrics the functions emit (embedded metric format), and the alarms in template.yaml read.</summary>
public static class MetricNames
{
    public const string Namespace = "EcsWinReconciler";
    public const string FunctionDimension = "Function";

    public const string DriftFindings = "DriftFindings";
    public const string ActionsApplied = "ActionsApplied";
    public const string ActionsDryRun = "ActionsDryRun";
    public const string AlertsOpened = "AlertsOpened";
    public const string AlertsResolved = "AlertsResolved";
    public const string TasksReconciled = "TasksReconciled";
    public const string TasksFailed = "TasksFailed";
    public const string TasksRemaining = "TasksRemaining";

    /// <summary>Member places (account and region) a run could not reconcile: role missing, listing refused or throttled.</summary>
    public const string PlacesFailed = "PlacesFailed";
    public const string RejectedEvents = "RejectedEvents";
    public const string ReconcileDurationMs = "ReconcileDurationMs";
    public const string ApiCalls = "ApiCalls";
    public const string ActionsOverBudget = "ActionsOverBudget";
    public const string ActionsFailed = "ActionsFailed";
    public const string ActionsOutOfScope = "ActionsOutOfScope";

    /// <summary>Delayed re-checks sent (one per root), ones that could not be sent, and re-check messages dropped unlooked-at (settled, or no spec any more).</summary>
    public const string RechecksScheduled = "RechecksScheduled";
    public const string RechecksNotScheduled = "RechecksNotScheduled";
    public const string RechecksDropped = "RechecksDropped";

    /// <summary>Open alerts after a resync's alert sweep (a gauge: only runs that know every open alert emit it).</summary>
    public const string OpenAlerts = "OpenAlerts";

    /// <summary>Judged findings of one check at one severity: emitted with the <see cref="CheckDimension"/> and <see cref="SeverityDimension"/> dimensions.</summary>
    public const string FindingsByCheck = "FindingsByCheck";
    public const string CheckDimension = "Check";
    public const string SeverityDimension = "Severity";

    public const string Count = "Count";
    public const string Milliseconds = "Milliseconds";
}
