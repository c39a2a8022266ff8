using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// The sandbox's clock in tests about slow calls: it reads the reconciler's fake clock, and a timer (a latency fault's
/// delay) moves that clock forward by its due time at once instead of waiting. The reconciler sees a call that took
/// that long, deterministically, and the test takes no real time for it.
/// </summary>
internal sealed class VirtualLatencyClock(FakeTimeProvider clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = clock.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            // Not inline: the caller (Task.Delay) must hold its timer before the callback completes it.
            ThreadPool.QueueUserWorkItem(_ => clock.Advance(dueTime));
        }

        return timer;
    }
}
