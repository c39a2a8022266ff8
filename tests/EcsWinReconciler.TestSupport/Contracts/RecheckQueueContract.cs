using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using Xunit;

namespace EcsWinReconciler.TestSupport.Contracts;

/// <summary>
/// What every <see cref="IRecheckQueue"/> does, as its XML doc says: one pending re-check per root, released only by its own
/// request, no longer held once stale. Run against the in-memory fake and the SQS adapter (sandbox + dynalite).
/// </summary>
public abstract class RecheckQueueContract
{
    protected static readonly DateTimeOffset At = new(2025, 11, 25, 14, 20, 0, TimeSpan.Zero);

    private static readonly CancellationToken Ct = CancellationToken.None;

    /// <summary>A queue with nothing pending, on storage of its own.</summary>
    protected abstract Task<IRecheckQueue> NewQueueAsync();

    /// <summary>How many messages the queue has been sent (the SQS adapter: what the queue holds).</summary>
    protected abstract int SentCount(IRecheckQueue queue);

    [Fact]
    public async Task TrySchedule_SecondForTheSameRoot_CollapsedAndNotSent()
    {
        var queue = await NewQueueAsync();

        var first = await queue.TryScheduleAsync(Request("task:a"), At, Ct);
        var second = await queue.TryScheduleAsync(Request("task:a", attempt: 2), At, Ct);
        var other = await queue.TryScheduleAsync(Request("vpc:vpc-1"), At, Ct);

        Assert.Equal([true, false, true], new[] { first, second, other });
        Assert.Equal(2, SentCount(queue));
    }

    [Fact]
    public async Task Release_OwnRequest_TheRootMayBeScheduledAgain()
    {
        var queue = await NewQueueAsync();
        var request = Request("task:a");
        await queue.TryScheduleAsync(request, At, Ct);

        await queue.ReleaseAsync(request, Ct);

        Assert.True(await queue.TryScheduleAsync(Request("task:a", attempt: 2), At, Ct));
    }

    [Fact]
    public async Task Release_AnotherRequestsToken_LeavesThePendingOne()
    {
        var queue = await NewQueueAsync();
        await queue.TryScheduleAsync(Request("task:a"), At, Ct);

        await queue.ReleaseAsync(Request("task:a", attempt: 3), Ct);

        Assert.False(await queue.TryScheduleAsync(Request("task:a", attempt: 2), At, Ct));
    }

    [Fact]
    public async Task TrySchedule_PendingOneLongPastDue_NoLongerHoldsTheRoot()
    {
        var queue = await NewQueueAsync();
        var request = Request("task:a");
        await queue.TryScheduleAsync(request, At, Ct);

        var later = request.DueAt + RecheckBackoff.MarkerStaleAfter + TimeSpan.FromSeconds(1);

        Assert.True(await queue.TryScheduleAsync(Request("task:a", attempt: 1) with { ObservedAt = later }, later, Ct));
    }

    private static RecheckRequest Request(string root, int attempt = 1) =>
        new("arn:aws:ecs:us-east-1:111122223333:cluster/win-prod", "arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a", root, RecheckReason.EniNotReady, attempt, 4, At);
}
