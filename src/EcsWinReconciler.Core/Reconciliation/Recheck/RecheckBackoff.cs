namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// When the n-th re-check of a root comes: 15 s, 30 s, 60 s, 120 s, 240 s after the look before it (doubling, capped at
/// 5 minutes), at most <see cref="MaxAttempts"/> times. Why these numbers: ECS attaches a task ENI within seconds to a minute
/// of RUNNING, so the first two re-checks (15 s, 45 s after the event) catch almost every late ENI well within a minute; the
/// five together span under 8 minutes, less than the 15-minute resync that remains the backstop; SQS delays at most 900 s.
/// </summary>
public static class RecheckBackoff
{
    public const int MaxAttempts = 5;

    public static readonly TimeSpan First = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long past its due time a root's pending marker still holds the root: a message lost or dead-lettered must not stop
    /// the root's re-checks for good (the resync covers the gap).
    /// </summary>
    public static readonly TimeSpan MarkerStaleAfter = TimeSpan.FromMinutes(15);

    /// <summary>The delay before re-check <paramref name="attempt"/> (1-based); null once the attempts are used up.</summary>
    public static TimeSpan? DelayBefore(int attempt)
    {
        if (attempt < 1 || attempt > MaxAttempts)
        {
            return null;
        }

        var delay = First * Math.Pow(2, attempt - 1);
        return delay < Cap ? delay : Cap;
    }
}
