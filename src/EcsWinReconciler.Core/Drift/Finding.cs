using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// One difference between the spec and what was observed on one task. <see cref="Id"/> is stable (check + resource the
/// evidence is on), so the same drift seen twice is the same finding; <see cref="Cause"/> names the root cause
/// (check + <see cref="Root"/>), which alerts key on: many tasks, one cause, one alert.
/// </summary>
public sealed record Finding(
    string Check,
    string ResourceId,
    Severity Severity,
    FindingRoot Root,
    string Expected,
    string Actual,
    EquatableArray<string> Affected,
    string Message,
    Remedy Remedy)
{
    public string Id => $"{Check}/{ResourceId}";

    /// <summary>The root cause: <c>check@kind:id</c>. Findings of many tasks with one cause share it.</summary>
    public string Cause => CauseOf(Check, Root);

    /// <summary>
    /// Set when this finding is a consequence of another finding of the same task (its <see cref="Cause"/>), e.g. no
    /// private DNS name because VPC DNS hostnames are off: the cause is alerted or repaired, this one follows it.
    /// </summary>
    public string? CausedBy { get; init; }

    public FindingScope Scope => Root.IsTask ? FindingScope.Task : FindingScope.Shared;

    public CheckGroup Group => CheckIds.GroupOf(Check);

    /// <summary>The resource the root cause lives on (the first segment of <see cref="ResourceId"/>).</summary>
    public string RootResource => ResourceId.Split('/')[0];

    public static string CauseOf(string check, FindingRoot root) => $"{check}@{root.Key}";
}
