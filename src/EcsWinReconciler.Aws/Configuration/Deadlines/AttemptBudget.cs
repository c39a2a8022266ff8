namespace EcsWinReconciler.Aws.Configuration.Deadlines;

/// <summary>
/// The arithmetic of one invocation's AWS calls against its <see cref="End"/>: when a call must be over, how long its next
/// attempt may take, and whether a failed attempt may be followed by another. No attempt starts with less than
/// <see cref="MinimumAttempt"/> left, and a retry also needs room for the SDK's backoff before it (standard mode waits up to
/// 2^(retry-1) seconds, jittered, at most its max backoff), so no attempt starts that cannot finish in time.
/// </summary>
/// <remarks>
/// A call, all its attempts together, may take half the time left when it starts, never less than
/// <see cref="MinimumAttempt"/>: a call that hangs is cut while the other half is still there for what the invocation does
/// after it (the batch's statuses, the cursor, the outbox, the answer). Without the halving one hung call would take every
/// second to the end, and the run's wrap-up would have none.
/// </remarks>
/// <param name="End">When every call of the invocation must have ended (its deadline minus what it needs to answer).</param>
/// <param name="MinimumAttempt">The least time an attempt is given; with less left, none starts.</param>
public sealed record AttemptBudget(DateTimeOffset End, TimeSpan MinimumAttempt)
{
    /// <summary>When a call that starts at <paramref name="start"/> must be over: half the time left, at least the minimum attempt, never past <see cref="End"/>.</summary>
    public DateTimeOffset CallEnd(DateTimeOffset start)
    {
        var left = End - start;
        var share = left / 2 > MinimumAttempt ? left / 2 : MinimumAttempt;
        return share < left ? start + share : End;
    }

    /// <summary>
    /// What the next attempt of a call that must be over at <paramref name="callEnd"/> may take from <paramref name="now"/>: the
    /// time left, within <paramref name="configured"/> (the client's own timeout); null: too little is left, none may start.
    /// </summary>
    public TimeSpan? AttemptTimeout(DateTimeOffset now, DateTimeOffset callEnd, TimeSpan? configured = null)
    {
        var left = callEnd - now;
        if (left < MinimumAttempt || left <= TimeSpan.Zero)
        {
            return null;
        }

        return configured is { } limit && limit > TimeSpan.Zero && limit < left ? limit : left;
    }

    /// <summary>
    /// Whether retry number <paramref name="retry"/> (the first retry is 1) may follow a failed attempt at <paramref name="now"/>:
    /// only when its longest backoff and a minimum attempt still fit before <paramref name="callEnd"/>.
    /// </summary>
    public bool MayRetry(DateTimeOffset now, DateTimeOffset callEnd, int retry, TimeSpan maxBackoff) =>
        callEnd - now >= LongestBackoff(retry, maxBackoff) + MinimumAttempt;

    /// <summary>The SDK's standard-mode backoff before retry <paramref name="retry"/> at its longest (jitter 1): 2^(retry-1) s, at most <paramref name="maxBackoff"/>.</summary>
    public static TimeSpan LongestBackoff(int retry, TimeSpan maxBackoff)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var backoff = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(retry - 1, 30)));
        return backoff < maxBackoff ? backoff : maxBackoff;
    }
}
