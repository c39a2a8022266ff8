using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.InMemory;

public class InMemoryAlertStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static AlertRecord Candidate(string task) => AlertRecord.Candidate(
        "spec", Ids.ClusterArn, Ids.Family,
        new Finding(CheckIds.VpcDnsHostnames, Ids.VpcId, Severity.High, FindingScope.Shared, "on", "off", [task], "m", Remedy.AlertOnly),
        task, Now);

    [Fact]
    public async Task OpenOrJoin_ConcurrentOpeners_ExactlyOneOpens()
    {
        var store = new InMemoryAlertStore();

        var changes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.OpenOrJoinAsync(Candidate($"t{i}"), $"t{i}", Now, Lease, CancellationToken.None))));

        Assert.Single(changes, c => c.Transition == AlertTransition.Opened);
        Assert.Equal(20, (await store.GetAsync(Candidate("t0").Key, CancellationToken.None))!.AffectedTasks.Count);
    }

    [Fact]
    public async Task Leave_LastTask_Resolves_OthersOnlyLeave()
    {
        var store = new InMemoryAlertStore();
        var key = Candidate("a").Key;
        await store.OpenOrJoinAsync(Candidate("a"), "a", Now, Lease, CancellationToken.None);
        await store.OpenOrJoinAsync(Candidate("b"), "b", Now, Lease, CancellationToken.None);

        var first = await store.LeaveAsync(key, "a", LeaveMode.Leave, Now, Lease, CancellationToken.None);
        var second = await store.LeaveAsync(key, "b", LeaveMode.Leave, Now, Lease, CancellationToken.None);
        var third = await store.LeaveAsync(key, "b", LeaveMode.Leave, Now, Lease, CancellationToken.None);

        Assert.Equal([AlertTransition.Left, AlertTransition.Resolved, AlertTransition.NotOpen], [first.Transition, second.Transition, third.Transition]);
        Assert.Equal(NotificationKind.Resolved, second.Alert!.PendingNotification);
    }

    [Fact]
    public async Task TryClaimNotification_WithinLease_IsRefused_AfterLease_IsGranted()
    {
        var store = new InMemoryAlertStore();
        var key = Candidate("a").Key;
        await store.OpenOrJoinAsync(Candidate("a"), "a", Now, Lease, CancellationToken.None);

        Assert.Null(await store.TryClaimNotificationAsync(key, Now + TimeSpan.FromMinutes(1), Lease, TimeSpan.FromHours(24), CancellationToken.None));
        var claimed = await store.TryClaimNotificationAsync(key, Now + TimeSpan.FromMinutes(3), Lease, TimeSpan.FromHours(24), CancellationToken.None);

        Assert.Equal(NotificationKind.Opened, claimed!.PendingNotification);
    }

    [Fact]
    public async Task CompleteNotification_ClearsTheOutboxAndCountsIt()
    {
        var store = new InMemoryAlertStore();
        var key = Candidate("a").Key;
        await store.OpenOrJoinAsync(Candidate("a"), "a", Now, Lease, CancellationToken.None);

        await store.CompleteNotificationAsync(key, NotificationKind.Opened, Now, CancellationToken.None);

        var alert = await store.GetAsync(key, CancellationToken.None);
        Assert.Equal((null, 1, Now), (alert!.PendingNotification, alert.NotificationsSent, alert.LastNotifiedAt));
        Assert.Empty(await store.ListPendingNotificationsAsync(CancellationToken.None));
    }
}
