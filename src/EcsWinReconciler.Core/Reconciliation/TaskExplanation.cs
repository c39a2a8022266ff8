using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking.Paths;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// One task as the reconciler sees it, read-only: the spec that selects it, what was observed, the findings, and every path
/// the path checks judge (to each DNS server and domain controller, hop by hop) — the answer to "why can't my container
/// resolve the domain?". <see cref="Error"/> or <see cref="Verdict"/>'s reason says why a task was not looked at.
/// </summary>
public sealed record TaskExplanation(string TaskArn, string? SpecName, Judgement? Verdict, TaskObservation? Observation, EquatableArray<ServerPaths> Paths, string? Error)
{
    /// <summary>The findings an exception of the spec covers, in force or lapsed at the time of the look (spec.exceptions).</summary>
    public EquatableArray<ExceptedFinding> Exceptions { get; init; } = [];

    internal static TaskExplanation Of(TaskContext context, DateTimeOffset now)
    {
        var paths = context is { Spec: { } spec, Observation: { } observed } ? PathChecks.Trace(spec.Spec, observed) : [];
        var exceptions = context.Spec?.Spec.Spec.Exceptions ?? [];
        return new TaskExplanation(context.Target.TaskArn, context.Spec?.Name, context.Verdict, context.Observation, paths.ToEquatableArray(), context.Finished?.Error)
        {
            Exceptions =
            [
                .. (context.Verdict?.Findings ?? [])
                    .Select(f => (Finding: f, Match: Planning.ExceptionMatch.Find(exceptions, f, now)))
                    .Where(m => m.Match is not null)
                    .Select(m => ExceptedFinding.Of(m.Finding, m.Match!)),
            ],
        };
    }
}

/// <summary>A finding an exception covers: in force (never planned or alerted) or lapsed (alerted and repaired again), said as people read it.</summary>
public sealed record ExceptedFinding(Finding Finding, bool InForce, string Note)
{
    internal static ExceptedFinding Of(Finding finding, Planning.ExceptionMatch match) =>
        new(finding, match.InForce, match.InForce ? $"excepted until {match.Entry.Expires}: {match.Entry.Describe()}" : match.LapseNote);
}
