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
    internal static TaskExplanation Of(TaskContext context)
    {
        var paths = context is { Spec: { } spec, Observation: { } observed } ? PathChecks.Trace(spec.Spec, observed) : [];
        return new TaskExplanation(context.Target.TaskArn, context.Spec?.Name, context.Verdict, context.Observation, paths.ToEquatableArray(), context.Finished?.Error);
    }
}
