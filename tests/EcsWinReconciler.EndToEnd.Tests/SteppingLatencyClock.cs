using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// The sandbox's clock in tests about calls cut at the invocation's end: like <see cref="VirtualLatencyClock"/> it reads the
/// reconciler's fake clock, but a timer (a latency fault's delay) moves that clock forward second by second until its due
/// time instead of all at once. The reconciler sees a call that
/// took that long, and the test takes next to no real time for it. Moving step by step lets the client give up first, as
/// it would in real time: a client that cuts its attempt (issue 18, deadline-bounded calls: its timer on the same clock
/// fires on the way) aborts the request, the sandbox's delay is cancelled, its timer disposed, and the clock stops there
/// (give or take the steps it takes the sandbox to notice, a few virtual seconds).
/// </summary>
internal sealed class SteppingLatencyClock(FakeTimeProvider clock) : TimeProvider
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(clock.CreateTimer(callback, state, dueTime, period));
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            // Not inline: the caller (Task.Delay) must hold its timer before the callback completes it.
            _ = Task.Run(() => MoveOn(timer, dueTime));
        }

        return timer;
    }

    private void MoveOn(WatchedTimer timer, TimeSpan dueTime)
    {
        for (var moved = TimeSpan.Zero; moved < dueTime && !timer.Disposed; moved += Step)
        {
            clock.Advance(dueTime - moved < Step ? dueTime - moved : Step);

            // A real pause per virtual second: long enough for an abort to reach the sandbox, short enough to cost little.
            Thread.Sleep(1);
        }
    }

    private sealed class WatchedTimer(ITimer inner) : ITimer
    {
        public bool Disposed { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

        public void Dispose()
        {
            Disposed = true;
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return inner.DisposeAsync();
        }
    }
}
