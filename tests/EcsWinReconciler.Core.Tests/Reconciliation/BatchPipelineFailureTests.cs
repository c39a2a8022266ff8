using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>
/// A store the batch needs fails: exactly the tasks whose report depends on it fail (never a false all-clear, and the next
/// run retries them); the other tasks of the batch are reported as usual, and nothing is changed without a budget.
/// </summary>
public sealed class BatchPipelineFailureTests
{
    private const string DriftingTask = "arn:aws:ecs:us-east-1:111122223333:task/win-prod/00000000000000000000000000000001";

    [Fact]
    public async Task Remediate_BudgetUnreadable_FailsTheTaskNeedingARepairAndChangesNothing()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();
        var budget = new BrokenBudget();

        var summary = await With(harness, harness.Ports with { Budget = budget }).ReconcileAsync([ReconcileTarget.FromEvent(harness.World.Tasks[Ids.TaskArn])], CancellationToken.None);

        var error = Assert.Single(summary.Tasks).Error;
        Assert.StartsWith("reading the remediation budget failed: ", error, StringComparison.Ordinal);
        Assert.Contains("ProvisionedThroughputExceededException", error, StringComparison.Ordinal);
        Assert.Equal(0, harness.Actuator.Writes);
        Assert.True(harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task DryRun_BudgetUnreadable_IsNeverRead()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.DryRun);
        harness.World.OpenRdpToTheWorld();
        var budget = new BrokenBudget();

        var summary = await With(harness, harness.Ports with { Budget = budget }).ReconcileAsync([ReconcileTarget.FromEvent(harness.World.Tasks[Ids.TaskArn])], CancellationToken.None);

        Assert.Equal((0, 1), (summary.Failed, summary.ActionsDryRun));
        Assert.Equal(0, budget.Reads);
    }

    [Fact]
    public async Task Remediate_ReadOnlyRunAndBudgetUnreadable_IsNeverRead()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();
        var budget = new BrokenBudget();
        var reconciler = new Reconciler(harness.Ports with { Budget = budget }, ReconcilerOptions.Default with { ReadOnly = true }, harness.Time, NullLogger<Reconciler>.Instance);

        var summary = await reconciler.ReconcileAsync([ReconcileTarget.FromEvent(harness.World.Tasks[Ids.TaskArn])], CancellationToken.None);

        Assert.Equal((0, 1), (summary.Failed, summary.ActionsDryRun));
        Assert.Equal(0, budget.Reads);
    }

    [Fact]
    public async Task Alert_StoreUnreadable_FailsOnlyTheTaskWithAnAlertToMove()
    {
        var (harness, alerts) = OneHealthyOneDrifting();
        alerts.FailReads = true;

        var summary = await With(harness, harness.Ports with { Alerts = alerts }).ReconcileAsync(Events(harness), CancellationToken.None);

        var errors = summary.Tasks.ToDictionary(t => t.TaskArn, t => t.Error);
        Assert.StartsWith("reading alerts failed: ", errors[DriftingTask], StringComparison.Ordinal);
        Assert.Contains("ProvisionedThroughputExceededException", errors[DriftingTask], StringComparison.Ordinal);
        Assert.Null(errors[Ids.TaskArn]);
        Assert.Empty(harness.Sink.Published);
    }

    [Fact]
    public async Task Alert_WriteFails_FailsOnlyTheTaskWhoseAlertCouldNotMove()
    {
        var (harness, alerts) = OneHealthyOneDrifting();
        alerts.FailWrites = true;

        var summary = await With(harness, harness.Ports with { Alerts = alerts }).ReconcileAsync(Events(harness), CancellationToken.None);

        var errors = summary.Tasks.ToDictionary(t => t.TaskArn, t => t.Error);
        Assert.StartsWith("moving alert ", errors[DriftingTask], StringComparison.Ordinal);
        Assert.Contains(" failed: ", errors[DriftingTask], StringComparison.Ordinal);
        Assert.Contains("ProvisionedThroughputExceededException", errors[DriftingTask], StringComparison.Ordinal);
        Assert.Null(errors[Ids.TaskArn]);
        Assert.Equal(1, summary.Failed);
    }

    private static ReconcileTarget[] Events(ReconcilerHarness harness) =>
        [.. harness.World.Tasks.Values.OrderBy(t => t.TaskArn, StringComparer.Ordinal).Select(ReconcileTarget.FromEvent)];

    private static Reconciler With(ReconcilerHarness harness, ReconcilerPorts ports) =>
        new(ports, harness.Options, harness.Time, NullLogger<Reconciler>.Instance);

    /// <summary>The seed's task, healthy, and a second whose ENI also carries the other group, open to RDP from the world.</summary>
    private static (ReconcilerHarness Harness, BreakableAlertStore Alerts) OneHealthyOneDrifting()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 2)).WithIisSpec();
        var world = harness.World;
        var rdp = new ObservedIngressRule("sgr-0ccccccccccccccc3", Ids.OtherGroup, IisObservation.RdpFromWorldRule.Permission);
        world.Groups[Ids.OtherGroup] = world.Groups[Ids.OtherGroup] with { Ingress = [rdp] };
        var eniId = world.Tasks[DriftingTask].EniAttachment!.NetworkInterfaceId!;
        world.Enis[eniId] = world.Enis[eniId] with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };
        return (harness, new BreakableAlertStore(harness.Alerts));
    }

    private static AdapterException Throttled() =>
        new("dynamodb", "Alerts", "State", "ProvisionedThroughputExceededException", isTransient: true);

    private sealed class BrokenBudget : IRemediationBudget
    {
        public int Reads { get; private set; }

        public Task<int> RemainingAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            Reads++;
            throw Throttled();
        }

        public Task<bool> TryConsumeAsync(DateTimeOffset now, CancellationToken cancellationToken) => throw Throttled();
    }

    private sealed class BreakableAlertStore(IAlertStore inner) : IAlertStore
    {
        public bool FailReads { get; set; }

        public bool FailWrites { get; set; }

        public Task<IReadOnlyDictionary<string, AlertRecord>> GetManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            FailReads ? throw Throttled() : inner.GetManyAsync(keys, cancellationToken);

        public Task<AlertChange> ApplyAsync(AlertDelta delta, AlertRecord? read, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken) =>
            FailWrites ? throw Throttled() : inner.ApplyAsync(delta, read, now, notificationLease, cancellationToken);

        public Task<AlertRecord?> TryClaimNotificationAsync(AlertRecord read, DateTimeOffset now, TimeSpan notificationLease, TimeSpan reminderInterval, CancellationToken cancellationToken) =>
            inner.TryClaimNotificationAsync(read, now, notificationLease, reminderInterval, cancellationToken);

        public Task<AlertRecord?> CompleteNotificationAsync(AlertRecord read, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.CompleteNotificationAsync(read, kind, now, cancellationToken);

        public Task<IReadOnlyList<AlertRecord>> ListAsync(bool openOnly, CancellationToken cancellationToken) => inner.ListAsync(openOnly, cancellationToken);

        public Task<IReadOnlyList<AlertRecord>> ListPendingNotificationsAsync(CancellationToken cancellationToken) => inner.ListPendingNotificationsAsync(cancellationToken);
    }
}
