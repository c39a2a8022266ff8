using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Lambda.Declarations;

/// <summary>
/// The port methods the reconciler calls on each path, as <c>IPort.Method</c> names. With the IAM actions each Aws
/// adapter declares per port method, they give each function's least-privilege policy (tests check both directions).
/// Declarations for the checks, not read at run time; <c>nameof</c> keeps them in step with the ports.
/// </summary>
public static class PortMethodDeclarations
{
    /// <summary>
    /// Reconciling tasks an event names, with the event's snapshot (no DescribeTasks to observe them, no ListTasks; a task
    /// is described only to read its tags before it is stopped); a late ENI or a repair asks for a delayed re-check.
    /// </summary>
    public static IReadOnlyList<string> ReconcileEventTargets { get; } =
    [
        $"{nameof(ISpecStore)}.{nameof(ISpecStore.ListAsync)}",
        $"{nameof(IStatusStore)}.{nameof(IStatusStore.GetAsync)}",
        $"{nameof(IStatusStore)}.{nameof(IStatusStore.PutAsync)}",
        $"{nameof(ITaskSource)}.{nameof(ITaskSource.DescribeTaskDefinitionAsync)}",
        $"{nameof(ITaskSource)}.{nameof(ITaskSource.DescribeContainerInstancesAsync)}",
        $"{nameof(ITaskSource)}.{nameof(ITaskSource.DescribeServiceAsync)}",
        $"{nameof(INetworkObserver)}.{nameof(INetworkObserver.DescribeEnisAsync)}",
        $"{nameof(INetworkObserver)}.{nameof(INetworkObserver.DescribeEnisOnHostsAsync)}",
        $"{nameof(INetworkObserver)}.{nameof(INetworkObserver.DescribeSecurityGroupsAsync)}",
        $"{nameof(INetworkObserver)}.{nameof(INetworkObserver.DescribeVpcDnsAsync)}",
        $"{nameof(INetworkObserver)}.{nameof(INetworkObserver.DescribeHostCapacityAsync)}",
        $"{nameof(INetworkObserver)}.{nameof(INetworkObserver.CountEnisByGroupAsync)}",
        $"{nameof(INetworkObserver)}.{nameof(INetworkObserver.DescribeSubnetsAsync)}",
        $"{nameof(IResolverObserver)}.{nameof(IResolverObserver.DescribeRulesForVpcAsync)}",
        $"{nameof(INetworkActuator)}.{nameof(INetworkActuator.WhyOutOfScopeAsync)}",
        $"{nameof(INetworkActuator)}.{nameof(INetworkActuator.ExecuteAsync)}",
        $"{nameof(IAlertStore)}.{nameof(IAlertStore.GetManyAsync)}",
        $"{nameof(IAlertStore)}.{nameof(IAlertStore.ApplyAsync)}",
        $"{nameof(IAlertStore)}.{nameof(IAlertStore.TryClaimNotificationAsync)}",
        $"{nameof(IAlertStore)}.{nameof(IAlertStore.CompleteNotificationAsync)}",
        $"{nameof(IAlertSink)}.{nameof(IAlertSink.PublishAsync)}",
        $"{nameof(IActionLedger)}.{nameof(IActionLedger.TryClaimAsync)}",
        $"{nameof(IActionLedger)}.{nameof(IActionLedger.CompleteAsync)}",
        $"{nameof(IActionLedger)}.{nameof(IActionLedger.ReleaseAsync)}",
        $"{nameof(IActionLedger)}.{nameof(IActionLedger.RecordAsync)}",
        $"{nameof(IRemediationBudget)}.{nameof(IRemediationBudget.RemainingAsync)}",
        $"{nameof(IRemediationBudget)}.{nameof(IRemediationBudget.TryConsumeAsync)}",
        $"{nameof(IRecheckQueue)}.{nameof(IRecheckQueue.TryScheduleAsync)}",
    ];

    /// <summary>
    /// The task-state function: its events, and the delayed re-checks it consumes from the queue, each of which releases its
    /// root's pending marker and describes the task afresh (the event's snapshot is old by then).
    /// </summary>
    public static IReadOnlyList<string> ReconcileEventsAndRechecks { get; } =
    [
        .. ReconcileEventTargets,
        $"{nameof(IRecheckQueue)}.{nameof(IRecheckQueue.ReleaseAsync)}",
        $"{nameof(ITaskSource)}.{nameof(ITaskSource.DescribeTasksAsync)}",
    ];

    /// <summary>
    /// Reconciling every running task of some selections: lists and describes the tasks, lists their statuses, and lists the
    /// open alerts once (so each batch can resolve those whose root it sees passing).
    /// </summary>
    public static IReadOnlyList<string> ReconcileSelections { get; } =
    [
        .. ReconcileEventTargets,
        $"{nameof(ITaskSource)}.{nameof(ITaskSource.ListRunningTaskArnsAsync)}",
        $"{nameof(ITaskSource)}.{nameof(ITaskSource.DescribeTasksAsync)}",
        $"{nameof(IStatusStore)}.{nameof(IStatusStore.ListAsync)}",
        $"{nameof(IStatusStore)}.{nameof(IStatusStore.PutAfterListingAsync)}",
        $"{nameof(IAlertStore)}.{nameof(IAlertStore.ListAsync)}",
    ];

    /// <summary>
    /// A sweep over every selection: as <see cref="ReconcileSelections"/>, continuing where the previous run of the sweep
    /// stopped. An API-change event takes this path (the changed resources' kept reads are dropped first, adapter-side, with no AWS call).
    /// </summary>
    public static IReadOnlyList<string> SweepSelections { get; } =
    [
        .. ReconcileSelections,
        $"{nameof(IResyncCursor)}.{nameof(IResyncCursor.GetAsync)}",
        $"{nameof(IResyncCursor)}.{nameof(IResyncCursor.SaveAsync)}",
    ];

    /// <summary>The scheduled resync: every selection (continuing where the previous run stopped), then the alert outbox sweep.</summary>
    public static IReadOnlyList<string> ResyncWithOutbox { get; } =
    [
        .. SweepSelections,
        $"{nameof(IAlertStore)}.{nameof(IAlertStore.ListPendingNotificationsAsync)}",
    ];
}
