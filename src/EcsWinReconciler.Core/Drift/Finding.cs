using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// One difference between the spec and what was observed. <see cref="Id"/> is stable (check + resource), so
/// the same drift seen twice is the same finding, and alerts key on it.
/// </summary>
public sealed record Finding(
    string Check,
    string ResourceId,
    Severity Severity,
    FindingScope Scope,
    string Expected,
    string Actual,
    EquatableArray<string> Affected,
    string Message,
    Remedy Remedy)
{
    public string Id => $"{Check}/{ResourceId}";

    public CheckGroup Group => CheckIds.GroupOf(Check);

    /// <summary>The resource the root cause lives on (the first segment of <see cref="ResourceId"/>).</summary>
    public string RootResource => ResourceId.Split('/')[0];
}
