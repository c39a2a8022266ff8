using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Tests.Support;
using EcsWinReconciler.TestSupport.Specimens;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Alerting;

/// <summary>The lifecycle's promises over random runs of deltas for one key (<see cref="AlertRecord"/>'s remarks).</summary>
[Properties(MaxTest = 300)]
public class AlertLifecyclePropertyTests
{
    private static Arbitrary<AlertRun> Runs => AlertRunGenerators.Runs().ToArbitrary();

    [Property]
    public Property Decide_AnyRun_LeavesOpenOnlyByResolvingAndOnlyOnAResolveDelta() =>
        Prop.ForAll(Runs, run => run.Replay().All(r =>
            IsOpen(r.Before) && !IsOpen(r.Change.Alert)
                ? r.Change.Transition == AlertTransition.Resolved && r.Step.Delta.Resolve is not null
                : r.Change.Transition != AlertTransition.Resolved)
            .Label(run.ToString()));

    [Property]
    public Property Decide_AnyRun_OpensOnlyOnMayOpenWithTasksJoining() =>
        Prop.ForAll(Runs, run => run.Replay().All(r =>
            !IsOpen(r.Before) && IsOpen(r.Change.Alert)
                ? r.Change.Transition == AlertTransition.Opened && r.Step.Delta is { MayOpen: true, Join.IsEmpty: false, Candidate: not null, Resolve: null }
                : r.Change.Transition != AlertTransition.Opened)
            .Label(run.ToString()));

    /// <summary>Since it opened, an alert lists the tasks that joined and did not leave after (a task in both of one delta leaves).</summary>
    [Property]
    public Property Decide_AnyRun_OpenAlertListsJoinsMinusLeavesSinceItOpened() =>
        Prop.ForAll(Runs, run =>
        {
            HashSet<string>? model = null;
            foreach (var (step, _, _, change) in run.Replay())
            {
                model = change.Transition switch
                {
                    AlertTransition.Opened => [.. step.Delta.Join],
                    _ when model is not null => [.. model, .. step.Delta.Join],
                    _ => null,
                };
                model?.ExceptWith(step.Delta.Leave);
                model = IsOpen(change.Alert) ? model : null;
                var listed = change.Alert is { State: AlertState.Open } open ? open.AffectedTasks.ToHashSet(StringComparer.Ordinal) : null;
                if (!(model is null ? listed is null : listed is not null && model.SetEquals(listed)))
                {
                    return false.Label($"lists [{string.Join(",", listed ?? [])}], expected [{string.Join(",", model ?? [])}] after {step}; {run}");
                }
            }

            return true.ToProperty();
        });

    [Property]
    public Property Decide_AnyRun_WritesExactlyWhenTheRecordChanges() =>
        Prop.ForAll(Runs, run => run.Replay().All(r => r.Change.Writes == (r.Change.Alert != r.Before)).Label(run.ToString()));

    /// <summary>A run retrying its write (or two runs with the same news) changes nothing the second time.</summary>
    [Property]
    public Property Decide_TheSameDeltaAgain_ChangesNothing() =>
        Prop.ForAll(Runs, run => run.Replay().All(r =>
            AlertLifecycle.Decide(r.Change.Alert, r.Step.Delta, r.Now.AddSeconds(1), TestAlerts.Lease).Transition is AlertTransition.Unchanged or AlertTransition.NotOpen)
            .Label(run.ToString()));

    /// <summary>The version is the store's and delivery history the outbox's: deciding never touches them; OpenedAt moves only on open.</summary>
    [Property]
    public Property Decide_AnyRun_KeepsVersionDeliveryHistoryAndOpenedAtUnlessOpening() =>
        Prop.ForAll(Runs, run => run.Replay().Where(r => r.Before is not null && r.Change.Alert is not null).All(r =>
            r.Change.Alert!.Version == r.Before!.Version
            && r.Change.Alert.NotificationsSent == r.Before.NotificationsSent
            && r.Change.Alert.LastNotifiedAt == r.Before.LastNotifiedAt
            && (r.Change.Transition == AlertTransition.Opened || r.Change.Alert.OpenedAt == r.Before.OpenedAt))
            .Label(run.ToString()));

    /// <summary>What makes one claimer of many win: a claim leases the notification, so nothing is due again before the lease ends.</summary>
    [Property]
    public Property Claim_AnyRecordOfARun_NothingDueAgainUntilTheLeaseRunsOut() =>
        Prop.ForAll(Runs, Gen.Choose(0, 60 * 48).ToArbitrary(), (run, minutes) => run.Replay().Select(r => r.Change.Alert).OfType<AlertRecord>().All(record =>
        {
            var now = record.OpenedAt.AddMinutes(minutes);
            return AlertLifecycle.Claim(record, now, TestAlerts.Lease, TestAlerts.Reminder) is not { } claimed
                || (AlertLifecycle.Claim(claimed, now + TestAlerts.Lease - TimeSpan.FromTicks(1), TestAlerts.Lease, TestAlerts.Reminder) is null
                    && AlertLifecycle.Complete(claimed, claimed.PendingNotification!.Value, now) is { PendingNotification: null });
        }).Label(run.ToString()));

    private static bool IsOpen(AlertRecord? record) => record is { State: AlertState.Open };
}
