using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Faults;

/// <summary>
/// The faults to inject: throttling, 5xx and latency per service/operation (for the next N calls or at a rate),
/// and ENIs to delete between two calls ("after the next K calls"). Thread-safe.
/// </summary>
public sealed class FaultPlan(int seed)
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private readonly List<(string EniId, int CallsLeft)> _eniDeletions = [];
    private readonly IdSource _dice = new(seed);

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules];
            }
        }
    }

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    public void Throttle(string service, string? operation = null, int times = 1) => Add(new FaultRule(service, operation, FaultKind.Throttle, Times: times));

    public void ThrottleAtRate(string service, string? operation, double rate) => Add(new FaultRule(service, operation, FaultKind.Throttle, Rate: rate));

    public void ServerError(string service, string? operation = null, int times = 1, int status = 500) =>
        Add(new FaultRule(service, operation, FaultKind.ServerError, Times: times, Status: status));

    public void Latency(string service, string? operation, TimeSpan delay, int? times = null) =>
        Add(new FaultRule(service, operation, FaultKind.Latency, Times: times, Delay: delay));

    /// <summary>Deletes the ENI after <paramref name="calls"/> more API calls (of any service, in any world) have been answered; from whichever world holds it.</summary>
    public void DeleteEniAfterCalls(string eniId, int calls)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(calls, 1);
        lock (_gate)
        {
            _eniDeletions.Add((eniId, calls));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _eniDeletions.Clear();
        }
    }

    /// <summary>Decides for one call answered in (<paramref name="account"/>, <paramref name="region"/>) and uses up counted rules: latencies add up; the first error rule wins.</summary>
    internal InjectedFault Next(string service, string operation, string account, string region)
    {
        lock (_gate)
        {
            var delay = TimeSpan.Zero;
            Wire.ApiException? error = null;
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (!rule.Matches(service, operation, account, region) || (error is not null && rule.Kind != FaultKind.Latency) || !Fires(rule))
                {
                    continue;
                }

                if (rule.Times is { } times)
                {
                    _rules[i] = rule with { Times = times - 1 };
                }

                delay += rule.Kind == FaultKind.Latency ? rule.Delay : TimeSpan.Zero;
                error ??= rule.Kind switch
                {
                    FaultKind.Throttle => InjectedFault.Throttling(service),
                    FaultKind.ServerError => InjectedFault.Internal(service, rule.Status),
                    _ => null,
                };
            }

            _rules.RemoveAll(r => r.Times is <= 0);
            return delay == TimeSpan.Zero && error is null ? InjectedFault.None : new InjectedFault(delay, error);
        }
    }

    /// <summary>Counts one answered call down; returns the ENIs whose time has come.</summary>
    internal IReadOnlyList<string> AfterCall()
    {
        lock (_gate)
        {
            for (var i = 0; i < _eniDeletions.Count; i++)
            {
                _eniDeletions[i] = (_eniDeletions[i].EniId, _eniDeletions[i].CallsLeft - 1);
            }

            var due = _eniDeletions.Where(d => d.CallsLeft <= 0).Select(d => d.EniId).ToList();
            _eniDeletions.RemoveAll(d => d.CallsLeft <= 0);
            return due;
        }
    }

    private bool Fires(FaultRule rule) => rule.Rate is not { } rate || _dice.NextDouble() < rate;
}
