using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Every port the reconciler talks through; one adapter (or fake) each. <see cref="Cursor"/> is optional: without it a
/// sweep always starts at the beginning (fine when runs finish; see <see cref="IResyncCursor"/>). <see cref="Resolver"/> is
/// optional: without it the Resolver forwarding rule is not judged. <see cref="Rechecks"/> is optional: without it nothing is
/// re-checked early (a task whose ENI is not ready is judged at once, as a sweep judges it).
/// </summary>
public sealed record ReconcilerPorts(
    ISpecStore Specs,
    ITaskSource Tasks,
    INetworkObserver Network,
    INetworkActuator Actuator,
    IStatusStore Status,
    IAlertStore Alerts,
    IAlertSink AlertSink,
    IActionLedger Ledger,
    IRemediationBudget Budget,
    IResyncCursor? Cursor = null,
    IResolverObserver? Resolver = null,
    IRecheckQueue? Rechecks = null);
