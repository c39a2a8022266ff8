namespace EcsWinReconciler.Cli.Output.Views;

// The JSON/YAML shapes of 'ewr status'.

internal sealed record StatusView(
    string TaskArn,
    string TaskId,
    string Cluster,
    string? Account,
    string? Region,
    string Family,
    string? Spec,
    long ObservedGeneration,
    long? SpecGeneration,
    bool Stale,
    string LastStatus,
    string Judgement,
    string Reason,
    IReadOnlyList<ConditionView> Conditions,
    IReadOnlyList<FindingView> Findings,
    DateTimeOffset UpdatedAt);

internal sealed record ConditionView(string Type, string Status, string Reason, string Message, DateTimeOffset LastTransitionTime);

internal sealed record FindingView(string Id, string Check, string Severity, string Scope, string Expected, string Actual, string Message, string Handling, string Decision, string Root, string? AlertKey);
