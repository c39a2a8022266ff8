using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// What one run has read and done, shared by its batches, so a shared thing is read once per run and an action taken once:
/// services, group usage counts, the ENIs on hosts read, the hosts' capacity, alert records (updated with every write of ours), action outcomes,
/// and the tasks handled.
/// </summary>
internal sealed class RunMemory
{
    public Dictionary<(string Cluster, string Service), ObservedService?> Services { get; } = [];

    public Dictionary<string, int> GroupUse { get; } = new(StringComparer.Ordinal);

    /// <summary>Alert records as last read or written by this run; a key mapped to null was read and is absent.</summary>
    public Dictionary<string, AlertRecord?> Alerts { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// True once every OPEN alert was listed into <see cref="Alerts"/> (a sweep does that first): a key not in it is not open,
    /// so it needs no read, and every open alert is a candidate for resolution when a batch covers its root.
    /// </summary>
    public bool KnowsEveryOpenAlert { get; set; }

    public Dictionary<string, ExecutedAction> Actions { get; } = new(StringComparer.Ordinal);

    public HashSet<string> TasksHandled { get; } = new(StringComparer.Ordinal);

    /// <summary>The hosts whose every ENI this run has read (<see cref="EniReads"/>).</summary>
    public HashSet<string> HostsRead { get; } = new(StringComparer.Ordinal);

    /// <summary>The ENIs those reads returned, by id: the ENIs of tasks in later batches too.</summary>
    public Dictionary<string, ObservedEni> EnisOnHostsRead { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each host's ENI capacity as this run first read it (null: the host is gone), for every later batch with a task on
    /// it (<see cref="HostReads"/>).
    /// </summary>
    public Dictionary<string, HostEniCapacity?> HostCapacities { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// True for a sweep (a resync, an API change): it looks at every service of its tasks, once, so a rollout that stalls
    /// while no task shows drift is still seen. A reconcile of tasks named by events looks only where a finding points.
    /// </summary>
    public bool Sweep { get; init; }

    /// <summary>True once a task of this run failed: then nothing may be concluded from a task's absence.</summary>
    public bool HadFailures { get; set; }

    public void Remember(AlertRecord? record, string key) => Alerts[key] = record;

    public IEnumerable<AlertRecord> OpenAlerts => Alerts.Values.OfType<AlertRecord>().Where(a => a.State == AlertState.Open);
}
