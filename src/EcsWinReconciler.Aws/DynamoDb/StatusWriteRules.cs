using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>Whether a status needs writing, given the one stored (or remembered).</summary>
internal static class StatusWriteRules
{
    /// <summary>
    /// Stale when the stored status came from a newer ECS event (events arrive out of order), Unchanged when only timestamps
    /// differ, else null: write. An equal event version may overwrite (a resync re-judges the same task version).
    /// </summary>
    public static StatusWriteResult? Settle(TaskNetworkStatus? stored, TaskNetworkStatus incoming) =>
        stored is null ? null
        : stored.LastEventVersion > incoming.LastEventVersion ? StatusWriteResult.Stale
        : stored.SameContentAs(incoming) ? StatusWriteResult.Unchanged
        : null;
}
