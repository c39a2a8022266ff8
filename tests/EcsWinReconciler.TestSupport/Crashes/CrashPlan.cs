namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary>
/// Kills a reconcile at its <see cref="CrashAt"/>-th port call (<see cref="Moment"/>: before the call reaches the service, or
/// after the service applied it but before the answer came back), and keeps every call after it from reaching anything: a
/// dead process sends nothing more, even if some code went on. <see cref="Token"/> is the run's cancellation token, cancelled
/// at the crash, so the reconciler sees what it sees when its deadline passes. <see cref="Never"/> only records the calls.
/// </summary>
public sealed class CrashPlan : IDisposable
{
    private readonly CancellationTokenSource _killed = new();
    private readonly Lock _gate = new();
    private readonly List<PortCall> _calls = [];

    public CrashPlan(int crashAt, CrashMoment moment)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(crashAt, 1);
        CrashAt = crashAt;
        Moment = moment;
    }

    /// <summary>A plan that never crashes: it records the run's calls (which of them write, for choosing crash points).</summary>
    public static CrashPlan Never => new(int.MaxValue, CrashMoment.BeforeTheCall);

    public int CrashAt { get; }

    public CrashMoment Moment { get; }

    /// <summary>The token to run the reconcile with.</summary>
    public CancellationToken Token => _killed.Token;

    /// <summary>Calls made, the one the crash stopped included.</summary>
    public IReadOnlyList<PortCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The call the process died at; null while it lives.</summary>
    public PortCall? CrashedAt { get; private set; }

    /// <summary>Runs one port call under the plan.</summary>
    public async Task<T> CallAsync<T>(string name, bool writes, Func<Task<T>> call)
    {
        var current = Enter(name, writes);
        var result = await call().ConfigureAwait(false);
        if (current.Number == CrashAt && Moment == CrashMoment.AfterTheCallApplied)
        {
            throw Kill(current);
        }

        return result;
    }

    public Task CallAsync(string name, bool writes, Func<Task> call) =>
        CallAsync(name, writes, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        });

    public void Dispose() => _killed.Dispose();

    // Calls may overlap (a batch observes groups, VPCs and hosts at once): numbering and killing happen under one lock.
    private PortCall Enter(string name, bool writes)
    {
        lock (_gate)
        {
            if (CrashedAt is { } dead)
            {
                // Nothing reaches the world once the process is dead.
                throw new ProcessKilledException(dead, _killed.Token);
            }

            var current = new PortCall(_calls.Count + 1, name, writes);
            _calls.Add(current);
            return current.Number == CrashAt && Moment == CrashMoment.BeforeTheCall ? throw Kill(current) : current;
        }
    }

    private ProcessKilledException Kill(PortCall at)
    {
        lock (_gate)
        {
            CrashedAt ??= at;
            _killed.Cancel();
            return new ProcessKilledException(CrashedAt, _killed.Token);
        }
    }
}
