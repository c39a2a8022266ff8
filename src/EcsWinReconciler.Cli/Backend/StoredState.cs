using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Backend;

/// <summary>
/// What the hub's tables hold about one place: the specs that select its tasks, its task statuses, its alerts. Read with the
/// hub's own credentials: listing a member's alerts needs no member role (reconciling it does).
/// </summary>
public sealed record StoredState(ISpecStore Specs, IStatusStore Status, IAlertStore Alerts)
{
    public static StoredState Of(ReconcilerPorts ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        return new(ports.Specs, ports.Status, ports.Alerts);
    }
}
