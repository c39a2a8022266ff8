using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>Whether a status needs writing, given the one stored (or remembered).</summary>
internal static class StatusWriteRules
{
    /// <summary>
    /// Stale when the stored status came from a newer ECS event (events arrive out of order), Unchanged when only timestamps
    /// or a newer event version differ, else null: write. An equal event version may overwrite (a resync re-judges the
    /// same task version).
    /// </summary>
    /// <remarks>
    /// A newer event that changed nothing we record is not written just to store its version: the version only lets a
    /// redelivered event be skipped unjudged, and an unrecorded one is simply judged again (one ENI read, no write; the
    /// judgement is level-triggered). Any content change is written with its version, so an older event still never
    /// overwrites it. This is what makes a warm event that finds nothing new cost one call (DescribeNetworkInterfaces).
    /// </remarks>
    public static StatusWriteResult? Settle(TaskNetworkStatus? stored, TaskNetworkStatus incoming) =>
        stored is null ? null
        : stored.LastEventVersion > incoming.LastEventVersion ? StatusWriteResult.Stale
        : stored.SameContentAs(incoming with { LastEventVersion = stored.LastEventVersion }) ? StatusWriteResult.Unchanged
        : null;
}
