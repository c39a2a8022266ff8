namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The order a sweep visits its tasks: a circle sorted by (cluster, task ARN), entered just after the position where the
/// previous run stopped. Consecutive runs therefore cover consecutive stretches of the circle, and every task is reached
/// within ⌈tasks ÷ tasks-per-run⌉ runs however short each run's deadline (as long as it finishes one batch).
/// </summary>
internal static class SweepOrder
{
    /// <summary>
    /// A task's place on the circle. The space sorts below every character a cluster name may hold (letters, digits,
    /// hyphens, underscores), so ordinal order of positions is (cluster, task ARN) order.
    /// </summary>
    public static string Position(ReconcileTarget target) => $"{target.Cluster} {target.TaskArn}";

    /// <summary>The targets in circle order, starting with the first whose position is after <paramref name="after"/> (from the start when null).</summary>
    public static IReadOnlyList<ReconcileTarget> Rotate(IEnumerable<ReconcileTarget> targets, string? after)
    {
        var sorted = targets.OrderBy(Position, StringComparer.Ordinal).ToList();
        var start = after is null ? 0 : sorted.FindIndex(t => string.CompareOrdinal(Position(t), after) > 0);
        return start <= 0 ? sorted : [.. sorted[start..], .. sorted[..start]];
    }

    /// <summary>Batches of at most <paramref name="size"/> consecutive targets of one cluster (a batch describes tasks of one cluster).</summary>
    public static IEnumerable<(string Cluster, IReadOnlyList<ReconcileTarget> Targets)> Batches(IReadOnlyList<ReconcileTarget> ordered, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var batch = new List<ReconcileTarget>();
        foreach (var target in ordered)
        {
            if (batch.Count == size || (batch.Count > 0 && batch[0].Cluster != target.Cluster))
            {
                yield return (batch[0].Cluster, batch);
                batch = [];
            }

            batch.Add(target);
        }

        if (batch.Count > 0)
        {
            yield return (batch[0].Cluster, batch);
        }
    }
}
