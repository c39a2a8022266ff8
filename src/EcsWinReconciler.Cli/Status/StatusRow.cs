using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Status;

/// <summary>
/// A task's stored status next to the generation of the spec that governs it now. Stale: the reconciler last
/// judged the task against an older generation (the newest spec has not been looked at yet for it).
/// </summary>
internal sealed record StatusRow(TaskNetworkStatus Status, long? SpecGeneration)
{
    public bool Stale => SpecGeneration is { } generation && Status.ObservedGeneration < generation;

    /// <summary>The status names a spec that is no longer stored.</summary>
    public bool SpecGone => Status.SpecName is not null && SpecGeneration is null;

    /// <summary>The account and region the task runs in (its ARN says; issue 15).</summary>
    public AccountRegion? Place => AccountRegion.OfArn(Status.TaskArn);

    public StatusCondition? Condition(string type) => Status.Conditions.FirstOrDefault(c => c.Type == type);
}
