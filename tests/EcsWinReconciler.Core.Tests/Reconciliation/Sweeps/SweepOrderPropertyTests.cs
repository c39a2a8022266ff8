using EcsWinReconciler.Core.Reconciliation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>The sweep's circle: a permutation from any cursor, and consecutive short runs reach every task.</summary>
[Properties(MaxTest = 300)]
public class SweepOrderPropertyTests
{
    private static readonly string[] Clusters = ["win-prod", "win-prod-2", "win_test", "a"];

    private static Gen<List<ReconcileTarget>> Targets() =>
        from count in Gen.Choose(0, 60)
        from picks in Gen.ListOf(Gen.Zip(Gen.Elements(Clusters), Gen.Choose(0, 500)), count)
        select picks.Select(p => ReconcileTarget.Lookup(p.Item1, $"arn:aws:ecs:us-east-1:111122223333:task/{p.Item1}/{p.Item2:x32}"))
            .DistinctBy(t => t.TaskArn).ToList();

    [Property]
    public Property Rotate_FromAnyCursor_IsAPermutation() =>
        Prop.ForAll(Targets().ToArbitrary(), Gen.Elements<string?>(null, "", "win-prod ", "win-prod-2 arn:aws:ecs:us-east-1:111122223333:task/win-prod-2/8", "zzz").ToArbitrary(), (targets, cursor) =>
        {
            var rotated = SweepOrder.Rotate(targets, cursor);
            return rotated.Select(t => t.TaskArn).Order(StringComparer.Ordinal).SequenceEqual(targets.Select(t => t.TaskArn).Order(StringComparer.Ordinal));
        });

    [Property]
    public Property Batches_StayInOneClusterAndKeepTheOrder() =>
        Prop.ForAll(Targets().ToArbitrary(), Gen.Choose(1, 7).ToArbitrary(), (targets, size) =>
        {
            var ordered = SweepOrder.Rotate(targets, null);
            var batches = SweepOrder.Batches(ordered, size).ToList();
            return batches.All(b => b.Targets.Count <= size && b.Targets.All(t => t.Cluster == b.Cluster))
                && batches.SelectMany(b => b.Targets).SequenceEqual(ordered);
        });

    /// <summary>Each simulated run has time for only a few batches and saves its last position: every task is reached in ⌈n ÷ per run⌉ runs.</summary>
    [Property]
    public Property ConsecutiveShortRuns_ReachEveryTask() =>
        Prop.ForAll(Targets().ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (targets, size, batchesPerRun) =>
        {
            string? cursor = null;
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var perRun = size * batchesPerRun;
            var runs = targets.Count == 0 ? 0 : ((targets.Count + perRun - 1) / perRun) + Clusters.Length + 2;
            for (var run = 0; run < runs; run++)
            {
                foreach (var (_, batch) in SweepOrder.Batches(SweepOrder.Rotate(targets, cursor), size).Take(batchesPerRun))
                {
                    reached.UnionWith(batch.Select(t => t.TaskArn));
                    cursor = SweepOrder.Position(batch[^1]);
                }
            }

            return (reached.Count == targets.Count).Label($"reached {reached.Count} of {targets.Count} in {runs} runs");
        });
}
