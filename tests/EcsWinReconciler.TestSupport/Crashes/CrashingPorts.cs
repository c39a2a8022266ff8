using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary>
/// The crash seam: every port of a reconciler wrapped so one <see cref="CrashPlan"/> numbers their calls and kills the run at
/// one of them. It lives in test code only, around the ports the reconciler is handed, so production pays nothing for it.
/// </summary>
public static class CrashingPorts
{
    public static ReconcilerPorts Wrap(ReconcilerPorts ports, CrashPlan plan)
    {
        ArgumentNullException.ThrowIfNull(ports);
        return new ReconcilerPorts(
            new CrashingSpecStore(ports.Specs, plan),
            new CrashingTaskSource(ports.Tasks, plan),
            new CrashingNetworkObserver(ports.Network, plan),
            new CrashingActuator(ports.Actuator, plan),
            new CrashingStatusStore(ports.Status, plan),
            new CrashingAlertStore(ports.Alerts, plan),
            new CrashingAlertSink(ports.AlertSink, plan),
            new CrashingActionLedger(ports.Ledger, plan),
            new CrashingBudget(ports.Budget, plan),
            ports.Cursor is null ? null : new CrashingResyncCursor(ports.Cursor, plan),
            ports.Resolver is null ? null : new CrashingResolverObserver(ports.Resolver, plan));
    }
}
