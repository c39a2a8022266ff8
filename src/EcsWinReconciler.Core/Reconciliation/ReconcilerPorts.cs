using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>Every port the reconciler talks through; one adapter (or fake) each.</summary>
public sealed record ReconcilerPorts(
    ISpecStore Specs,
    ITaskSource Tasks,
    INetworkObserver Network,
    INetworkActuator Actuator,
    IStatusStore Status,
    IAlertStore Alerts,
    IAlertSink AlertSink,
    IActionLedger Ledger,
    IRemediationBudget Budget);
