namespace EcsWinReconciler.Cli.Output.Views;

/// <summary>One alert as 'ewr alerts -o json' shows it; <see cref="AgeSeconds"/> counts from when it (re)opened.</summary>
internal sealed record AlertView(
    string Key,
    string State,
    string Severity,
    string Check,
    string ResourceId,
    string Spec,
    string Cluster,
    string? Account,
    string? Region,
    string Family,
    int AffectedTaskCount,
    IReadOnlyList<string> AffectedTasks,
    string Message,
    string Expected,
    string Actual,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ResolvedAt,
    long AgeSeconds,
    int NotificationsSent);

/// <summary>An excepted root as <c>ewr alerts --excepted -o json</c> prints it.</summary>
internal sealed record ExceptedView(string Key, string State, string Severity, string Check, string ResourceId, string Spec, string Exception, IReadOnlyList<string> AffectedTasks, string Message)
{
    public static ExceptedView From(Alerts.ExceptedFinding f) =>
        new(f.Key, "excepted", f.Severity.ToString().ToLowerInvariant(), f.Check, f.Root, f.Spec, f.Exception, f.Tasks, f.Message);
}
