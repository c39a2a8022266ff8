using System.Runtime.CompilerServices;
using Amazon.Runtime;

namespace EcsWinReconciler.Aws.Configuration.Deadlines;

/// <summary>
/// The end the current invocation's AWS calls must keep to, for every client one <see cref="AwsClientFactory"/> builds. The
/// clients live across warm invocations; each invocation sets its own end around its work (<see cref="Until"/>), and the
/// end flows with the async calls made inside (an <see cref="AsyncLocal{T}"/>), so invocations that overlap in one process
/// (the tests' concurrent environments) each keep their own. Outside <see cref="Until"/> (the CLI) calls are unbounded.
/// </summary>
public sealed class CallDeadline(TimeProvider time, TimeSpan? minimumAttempt = null)
{
    /// <summary>An attempt given less than this would rarely answer; one second covers a describe of a page here.</summary>
    public static readonly TimeSpan DefaultMinimumAttempt = TimeSpan.FromSeconds(1);

    private readonly AsyncLocal<AttemptBudget?> _current = new();

    // Each SDK call has one request context for all its attempts: its end is fixed when its first attempt starts.
    private readonly ConditionalWeakTable<IRequestContext, StrongBox<DateTimeOffset>> _callEnds = [];

    public TimeProvider Time { get; } = time ?? throw new ArgumentNullException(nameof(time));

    public TimeSpan MinimumAttempt { get; } = minimumAttempt ?? DefaultMinimumAttempt;

    /// <summary>The budget of the calls made here and now; null when no invocation bounds them.</summary>
    public AttemptBudget? Current => _current.Value;

    /// <summary>Bounds the calls made inside the returned scope (and the async work it starts) by <paramref name="end"/>.</summary>
    public IDisposable Until(DateTimeOffset end)
    {
        var previous = _current.Value;
        _current.Value = new AttemptBudget(end, MinimumAttempt);
        return new Scope(this, previous);
    }

    /// <summary>When the call <paramref name="request"/> belongs to must be over (<see cref="AttemptBudget.CallEnd"/> from its first attempt).</summary>
    internal DateTimeOffset CallEndOf(IRequestContext request, AttemptBudget budget) =>
        _callEnds.GetValue(request, _ => new StrongBox<DateTimeOffset>(budget.CallEnd(Time.GetUtcNow()))).Value;

    private sealed class Scope(CallDeadline owner, AttemptBudget? previous) : IDisposable
    {
        public void Dispose() => owner._current.Value = previous;
    }
}
