using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>
/// A task's status: each condition's transition time moves only when that condition changes; a status is never replaced by
/// one built from an older view of the task.
/// </summary>
public class ReconcilerStatusTests
{
    private static async Task<Dictionary<string, (ConditionStatus Status, DateTimeOffset Since)>> ConditionsAsync(ReconcilerHarness harness)
    {
        var status = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        return status!.Conditions.ToDictionary(c => c.Type, c => (c.Status, c.LastTransitionTime));
    }

    [Fact]
    public async Task Conditions_TransitionTimeMovesOnlyWithTheirOwnStatus()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        var start = harness.Time.GetUtcNow();
        await harness.LookAtAsync();

        harness.Time.Advance(TimeSpan.FromHours(1));
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();
        var rdpSeenAt = harness.Time.GetUtcNow();

        harness.Time.Advance(TimeSpan.FromHours(1));
        harness.World.Vpcs[Ids.VpcId] = harness.World.Vpcs[Ids.VpcId] with { DnsHostnames = false };
        await harness.LookAtAsync();
        var dnsSeenAt = harness.Time.GetUtcNow();

        var conditions = await ConditionsAsync(harness);
        Assert.Equal((ConditionStatus.True, start), conditions[StatusCondition.EniReady]);
        Assert.Equal((ConditionStatus.False, rdpSeenAt), conditions[StatusCondition.SecurityGroupsCompliant]);
        Assert.Equal((ConditionStatus.False, dnsSeenAt), conditions[StatusCondition.DnsCompliant]);
    }

    [Fact]
    public async Task Status_LookupSeesAnOlderVersionOfTheTaskThanStored_KeepsTheNewerStatus()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(version: 7);
        await harness.OnTaskEventAsync();

        // DescribeTasks lags behind the event that was already handled, and the network changed meanwhile.
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(version: 5);
        harness.World.OpenRdpToTheWorld();
        var summary = await harness.LookAtAsync();

        Assert.Equal(StatusWriteSummary.Stale, Assert.Single(summary.Tasks).Status);
        var stored = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        Assert.Equal(7, stored!.LastEventVersion);
        Assert.Empty(stored.Findings);
    }

    [Fact]
    public async Task Status_ReadOnlyRunWithAnOlderView_SaysStaleAndWritesNothing()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(version: 7);
        await harness.OnTaskEventAsync();
        var readOnly = new Reconciler(harness.Ports, ReconcilerOptions.Default with { ReadOnly = true }, harness.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<Reconciler>.Instance);

        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(version: 5);
        harness.World.OpenRdpToTheWorld();
        var summary = await readOnly.ReconcileAsync([ReconcileTarget.Lookup(Ids.ClusterArn, Ids.TaskArn)], CancellationToken.None);

        Assert.Equal(StatusWriteSummary.Stale, Assert.Single(summary.Tasks).Status);
    }

    [Fact]
    public async Task Status_SameVersionNewDrift_IsWritten()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        await harness.LookAtAsync();

        harness.World.OpenRdpToTheWorld();
        var summary = await harness.LookAtAsync();

        Assert.Equal(StatusWriteSummary.Written, Assert.Single(summary.Tasks).Status);
        Assert.Single((await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None))!.Findings);
    }

    [Fact]
    public async Task Status_NothingChanged_IsNotRewritten()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        await harness.LookAtAsync();
        harness.Time.Advance(TimeSpan.FromHours(1));

        var summary = await harness.LookAtAsync();

        Assert.Equal(StatusWriteSummary.Unchanged, Assert.Single(summary.Tasks).Status);
    }

    [Fact]
    public async Task Status_StoppedTask_ExpiresAfterTheRetentionFromWhenItWasFirstSeenStopped()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        await harness.LookAtAsync();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(TaskLifecycle.Stopped, version: 9);
        await harness.OnTaskEventAsync();
        var firstSeenStopped = harness.Time.GetUtcNow();

        harness.Time.Advance(TimeSpan.FromDays(1));
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(TaskLifecycle.Stopped, version: 10);
        await harness.OnTaskEventAsync();

        var stored = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        Assert.Equal(JudgementKind.Stopped, stored!.Judgement);
        Assert.Equal(firstSeenStopped + ReconcilerOptions.Default.StoppedTaskRetention, stored.ExpiresAt);
    }

    [Fact]
    public async Task Status_CompliantTask_EveryConditionTrueSayingNoDrift()
    {
        var harness = new ReconcilerHarness().WithIisSpec();

        await harness.LookAtAsync();

        var status = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        Assert.Equal(3, status!.Conditions.Count);
        Assert.All(status.Conditions, c => Assert.Equal((ConditionStatus.True, "Compliant", "no drift"), (c.Status, c.Reason, c.Message)));
    }

    /// <summary>A running task's status is kept as long as it runs, with the facts it was judged on.</summary>
    [Fact]
    public async Task Status_RunningTask_DoesNotExpireAndKeepsItsFacts()
    {
        var harness = new ReconcilerHarness().WithIisSpec();

        await harness.LookAtAsync();

        var status = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        Assert.Null(status!.ExpiresAt);
        Assert.NotNull(status.Facts);
    }

    /// <summary>A stopped task's network is gone: its status keeps no facts a later look could trust.</summary>
    [Fact]
    public async Task Status_StoppedTask_KeepsNoFacts()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        await harness.LookAtAsync();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(TaskLifecycle.Stopped, version: 9);

        await harness.OnTaskEventAsync();

        var status = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        Assert.Equal(JudgementKind.Stopped, status!.Judgement);
        Assert.Null(status.Facts);
    }

    /// <summary>A stored status written before a condition existed gets that condition, starting at this look; the others keep their time.</summary>
    [Fact]
    public async Task Conditions_StoredStatusLacksOne_ItStartsNowAndTheOthersKeepTheirTime()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        var start = harness.Time.GetUtcNow();
        await harness.LookAtAsync();
        var stored = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        await harness.Status.PutAsync(stored! with { Conditions = [.. stored.Conditions.Where(c => c.Type != StatusCondition.DnsCompliant)] }, CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromHours(1));

        await harness.LookAtAsync();

        var conditions = await ConditionsAsync(harness);
        Assert.Equal((ConditionStatus.True, start), conditions[StatusCondition.EniReady]);
        Assert.Equal((ConditionStatus.True, harness.Time.GetUtcNow()), conditions[StatusCondition.DnsCompliant]);
    }
}
