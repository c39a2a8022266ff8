using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>
/// What must hold after a crash and the recovery that follows, judged against the same scenario run without a crash
/// (the reference). Each broken rule is one line naming it.
/// </summary>
internal static class CrashInvariants
{
    public static IReadOnlyList<string> Check(CrashOutcome crashed, CrashOutcome reference)
    {
        var broken = new List<string>();
        if (crashed.CrashedAt is not null && !crashed.EndedByTheKill)
        {
            broken.Add("the kill was swallowed: the invocation returned as if it had finished");
        }

        // No remediation applied twice; nothing applied to a world already so.
        foreach (var (key, times) in crashed.ActionsApplied.Where(a => a.Value > Math.Max(1, reference.ActionsApplied.GetValueOrDefault(a.Key))))
        {
            broken.Add($"applied twice: {key} reached the world {times} times");
        }

        broken.AddRange(crashed.Redundant.Select(r => $"applied to a world already so: {r}"));

        // No action lost: what reached the world is in the ledger, and the world ends as a run without a crash leaves it.
        broken.AddRange(crashed.ActionsApplied.Keys.Where(k => !crashed.Recorded.Contains(k)).Select(k => $"applied but never recorded: {k}"));
        if (crashed.World != reference.World)
        {
            broken.Add($"the world ends otherwise than without the crash:\n{crashed.World}\n--- without the crash:\n{reference.World}");
        }

        // Every announcement made at least once, at most once more (SNS took it, the process died before it knew).
        foreach (var message in crashed.Messages.Keys.Union(reference.Messages.Keys))
        {
            var (sent, expected) = (crashed.Messages.GetValueOrDefault(message), reference.Messages.GetValueOrDefault(message));
            if (sent < expected || sent > expected + 1)
            {
                broken.Add($"announced {sent} times, expected {expected} (or one more): {message}");
            }
        }

        if (!crashed.OpenAlerts.SetEquals(reference.OpenAlerts))
        {
            broken.Add($"open alerts [{string.Join(", ", crashed.OpenAlerts.Order())}], without the crash [{string.Join(", ", reference.OpenAlerts.Order())}]");
        }

        if (crashed.PendingNotifications > 0)
        {
            broken.Add($"the outbox is not drained: {crashed.PendingNotifications} notification(s) still owed");
        }

        // Statuses converged: as without the crash, and one more resync changes nothing.
        if (!crashed.Statuses.SequenceEqual(reference.Statuses))
        {
            broken.Add($"statuses:\n  {string.Join("\n  ", crashed.Statuses)}\n--- without the crash:\n  {string.Join("\n  ", reference.Statuses)}");
        }

        broken.AddRange(Unsettled(crashed.Settled, crashed.PublishedBySettled).Select(u => $"{u} (after {crashed.ResyncsToSettle} resyncs)"));

        // A crash may spend one unit it never used (between taking it and recording the action), only in its own window.
        if (crashed.BudgetUnitsUnaccounted is < 0 or > 1)
        {
            broken.Add($"budget: {crashed.BudgetUnitsUnaccounted} unit(s) used in the crash's window that no recorded action accounts for");
        }

        if (crashed.BudgetLeftNextWindow != crashed.BudgetMax)
        {
            broken.Add($"budget: {crashed.BudgetLeftNextWindow} of {crashed.BudgetMax} left in the next window");
        }

        return broken;
    }

    /// <summary>What a resync that should have found nothing to do did (<paramref name="published"/>: the messages it sent).</summary>
    public static IEnumerable<string> Unsettled(RunSummary settled, int published)
    {
        // Dry runs are tried on every run by design; only a real action says the world was not yet as the spec wants.
        var acted = settled.Actions.Where(a => !a.Planned.DryRun).ToList();
        if (acted.Count > 0)
        {
            yield return $"not settled: one more resync acted ({string.Join(", ", acted.Select(a => $"{a.Planned.Action.Describe()}: {a.Outcome.Result}"))})";
        }

        var moved = settled.AlertEvents.Where(e => e.Transition is not (AlertTransition.Unchanged or AlertTransition.NotOpen)).ToList();
        if (moved.Count > 0 || published > 0)
        {
            yield return $"not settled: one more resync moved alerts ({string.Join(", ", moved.Select(e => $"{e.Key} {e.Transition}"))}) and sent {published}";
        }

        foreach (var task in settled.Tasks.Where(t => t.Error is not null || t.Status == StatusWriteSummary.Written))
        {
            yield return $"not settled: one more resync {(task.Error is null ? "rewrote the status" : $"failed ({task.Error})")} of {Core.Networking.AwsIds.TaskId(task.TaskArn)}: "
                + string.Join(", ", task.Findings.Select(f => $"{f.Id} {f.Decision.Describe()}"));
        }
    }
}
