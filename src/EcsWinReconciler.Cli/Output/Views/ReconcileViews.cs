namespace EcsWinReconciler.Cli.Output.Views;

// The JSON/YAML shapes of 'ewr reconcile'.

/// <summary>The run summary; <see cref="Account"/> and <see cref="Region"/> name the place when --account / --task-region chose one.</summary>
internal sealed record ReconcileView(
    string Cluster,
    string? Family,
    string? Task,
    bool DryRun,
    int Seen,
    int Judged,
    IReadOnlyDictionary<string, int> Skipped,
    int Findings,
    int ActionsApplied,
    int ActionsDryRun,
    int AlertsOpened,
    int AlertsResolved,
    IReadOnlyList<FailureView> Failures,
    IReadOnlyList<UndeliveredView> Undelivered,
    bool DriftRemains,
    IReadOnlyList<TaskResultView> Tasks)
{
    public string? Account { get; init; }

    public string? Region { get; init; }
}

internal sealed record FailureView(string TaskArn, string Error);

/// <summary>An alert transition whose SNS notification failed; the outbox retries it on a later run.</summary>
internal sealed record UndeliveredView(string AlertKey, string Transition, string Error);

internal sealed record TaskResultView(string TaskArn, string? Spec, string Judgement, string Reason, IReadOnlyList<TaskFindingView> Findings, IReadOnlyList<ActionView> Actions);

internal sealed record TaskFindingView(string Id, string Severity, string Message, string Handling, string Decision, bool Remains, string? AlertKey);

internal sealed record ActionView(string Action, bool DryRun, string Result, string Detail);
