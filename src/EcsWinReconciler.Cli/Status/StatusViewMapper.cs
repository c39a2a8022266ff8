using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Cli.Status;

/// <summary>A <see cref="StatusRow"/> as 'ewr status -o json' shows it (enums as lower-case words).</summary>
internal static class StatusViewMapper
{
    public static StatusView ToView(StatusRow row)
    {
        var s = row.Status;
        return new StatusView(
            s.TaskArn, AwsIds.TaskId(s.TaskArn), AwsIds.ClusterName(s.ClusterArn), row.Place?.Account, row.Place?.Region, s.Family, s.SpecName, s.ObservedGeneration, row.SpecGeneration,
            row.Stale, s.LastStatus, Word(s.Judgement.ToString()), s.Reason,
            [.. s.Conditions.Select(c => new ConditionView(c.Type, c.Status.ToString(), c.Reason, c.Message, c.LastTransitionTime))],
            [.. s.Findings.Select(f => new FindingView(f.Id, f.Check, Word(f.Severity.ToString()), Word(f.Scope.ToString()), f.Expected, f.Actual, f.Message, f.Decision.Describe(), Word(f.Decision.Kind.ToString()), f.Root, f.AlertKey))],
            s.UpdatedAt);
    }

    /// <summary>An enum member as a lower-case word: <c>NotYetRunning</c> → <c>not-yet-running</c>.</summary>
    public static string Word(string enumName) =>
        string.Concat(enumName.Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}
