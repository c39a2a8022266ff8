using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.TestSupport.Specimens;
using FsCheck;
using FsCheck.Fluent;

namespace EcsWinReconciler.Core.Tests.Support;

/// <summary>One reconcile's delta for the alert key, and whether the notification it leaves owed is delivered before the next.</summary>
public sealed record AlertRunStep(AlertDelta Delta, bool Deliver)
{
    public override string ToString() =>
        (Delta.Resolve is null ? string.Empty : "resolve ") + (Delta.MayOpen ? "may-open " : string.Empty) + (Delta.Candidate is null ? "no-candidate " : string.Empty) +
        $"+[{Short(Delta.Join)}] -[{Short(Delta.Leave)}] handling {Delta.Handling ?? "-"}" + (Deliver ? " deliver" : string.Empty);

    private static string Short(EquatableArray<string> tasks) => string.Join(",", tasks.Select(t => t.Split('/')[^1].TrimStart('0')));
}

/// <summary>A run of reconciles of one alert key, a minute apart from <see cref="TestAlerts.At"/>, from no record.</summary>
public sealed record AlertRun(IReadOnlyList<AlertRunStep> Steps)
{
    /// <summary>Each step's decision on the record as the one before left it (delivering what it owes when the step says so).</summary>
    public IReadOnlyList<(AlertRunStep Step, DateTimeOffset Now, AlertRecord? Before, AlertChange Change)> Replay()
    {
        var replayed = new List<(AlertRunStep, DateTimeOffset, AlertRecord?, AlertChange)>();
        AlertRecord? stored = null;
        foreach (var (step, i) in Steps.Select((s, i) => (s, i)))
        {
            var now = TestAlerts.At.AddMinutes(i);
            var change = AlertLifecycle.Decide(stored, step.Delta, now, TestAlerts.Lease);
            replayed.Add((step, now, stored, change));
            stored = change.Writes ? change.Alert! with { Version = (stored?.Version ?? 0) + 1 } : stored;
            if (step.Deliver && stored?.PendingNotification is { } owed)
            {
                stored = AlertLifecycle.Complete(stored, owed, now);
            }
        }

        return replayed;
    }

    public override string ToString() => string.Join(" | ", Steps);
}

/// <summary>FsCheck generators for <see cref="AlertRun"/>: deltas over four tasks, opening, following and resolving at random.</summary>
public static class AlertRunGenerators
{
    private static readonly int[] TaskNumbers = [1, 2, 3, 4];

    public static Gen<AlertRun> Runs() =>
        from count in Gen.Choose(1, 25)
        from steps in Gen.ListOf(Step(), count)
        select new AlertRun([.. steps]);

    public static Gen<AlertRunStep> Step() =>
        from mayOpen in Gen.Elements(true, false)
        from candidate in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from joining in Gen.SubListOf(TaskNumbers)
        from leaving in Gen.SubListOf(TaskNumbers)
        from resolve in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        from handling in Gen.Elements<string?>(null, TestAlerts.Alerted, "repair in progress: service update")
        from deliver in Gen.Elements(true, false)
        select new AlertRunStep(
            new AlertDelta(TestAlerts.Key())
            {
                MayOpen = mayOpen,
                Candidate = candidate ? TestAlerts.Candidate() : null,
                Join = [.. joining.Select(TestAlerts.Task)],
                Leave = [.. leaving.Select(TestAlerts.Task)],
                Resolve = resolve ? TestAlerts.Passing : null,
                Handling = handling,
            },
            deliver);
}
