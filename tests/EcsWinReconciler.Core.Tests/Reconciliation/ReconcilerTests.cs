using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

public class ReconcilerTests
{
    [Fact]
    public async Task Reconcile_HealthySeedTask_WritesCompliantStatusAndNoAlert()
    {
        var harness = new ReconcilerHarness().WithIisSpec();

        var summary = await harness.OnTaskEventAsync();

        var outcome = Assert.Single(summary.Tasks);
        Assert.Equal(JudgementKind.Judged, outcome.Judgement.Kind);
        Assert.Empty(outcome.Judgement.Findings);
        var status = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        Assert.NotNull(status);
        Assert.All(status.Conditions, c => Assert.Equal(ConditionStatus.True, c.Status));
        Assert.Equal(["EniReady", "SecurityGroupsCompliant", "DnsCompliant"], status.Conditions.Select(c => c.Type));
        Assert.Equal(1, status.ObservedGeneration);
        Assert.Equal(5, status.LastEventVersion);
        Assert.Empty(harness.Sink.Published);
    }

    [Fact]
    public async Task Reconcile_HealthySeedTask_UsesContainerInstanceForWindowsBecauseTheTaskDefinitionSaysNothing()
    {
        var harness = new ReconcilerHarness().WithIisSpec();

        await harness.OnTaskEventAsync();

        Assert.Equal(1, harness.World.CallsTo("DescribeContainerInstances"));
        Assert.Equal(0, harness.World.CallsTo("DescribeTasks"));
    }

    [Fact]
    public async Task Reconcile_RdpOpenInAlertMode_OpensOneAlertWithOneMessage()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal(1, summary.AlertsOpened);
        var message = Assert.Single(harness.Sink.Published);
        Assert.StartsWith("[EcsWinReconciler] OPEN critical sg.forbidden-ingress sg-0123456789abcdef0", message.Subject, StringComparison.Ordinal);
        Assert.True(message.Subject.Length < 100);
        Assert.Contains(new KeyValuePair<string, string>("state", "OPEN"), message.Attributes);
        Assert.True(harness.World.WebGroupAllowsRdpFromWorld());
        var status = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        Assert.Equal(ConditionStatus.False, status!.Conditions.Single(c => c.Type == StatusCondition.SecurityGroupsCompliant).Status);
        Assert.StartsWith("alerted: remediation mode is alert", Assert.Single(status.Findings).Decision.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_SameEventFiveTimes_OneEffect()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();

        for (var i = 0; i < 5; i++)
        {
            await harness.OnTaskEventAsync();
        }

        Assert.Single(harness.Sink.Published);
        Assert.Equal(1, harness.Status.Writes);
        Assert.Equal(1, harness.World.CallsTo("DescribeNetworkInterfaces"));
    }

    [Fact]
    public async Task Reconcile_OlderEventAfterNewer_DoesNotOverwriteStatus()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(version: 7);
        await harness.OnTaskEventAsync();

        var older = IisObservation.Task(TaskLifecycle.Pending, version: 3);
        var summary = await harness.Reconciler.ReconcileAsync([ReconcileTarget.FromEvent(older)], CancellationToken.None);

        Assert.Contains("already handled", Assert.Single(summary.Tasks).Judgement.Reason, StringComparison.Ordinal);
        var status = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        Assert.Equal((7L, TaskLifecycle.Running), (status!.LastEventVersion, status.LastStatus));
    }

    [Fact]
    public async Task Reconcile_RdpOpenInRemediateMode_RevokesTheRuleRecordsItAndDoesNotAlert()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();

        var summary = await harness.OnTaskEventAsync();

        Assert.False(harness.World.WebGroupAllowsRdpFromWorld());
        Assert.Equal(1, summary.ActionsApplied);
        Assert.Empty(harness.Sink.Published);
        var entry = Assert.Single(harness.Ledger.Entries);
        Assert.Equal(("revoke/sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2", ActionResult.Applied, false), (entry.ActionKey, entry.Result, entry.DryRun));
        Assert.Contains("forbids", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ForceAlertOnly_PlansNothingEvenForARemediateSpec()
    {
        var world = WorldBuilder.Iis();
        world.OpenRdpToTheWorld();
        var harness = new ReconcilerHarness(world, options: ReconcilerOptions.Default with { ForceAlertOnly = true }).WithIisSpec(IisSpec.Remediate);

        var summary = await harness.OnTaskEventAsync();

        Assert.Empty(Assert.Single(summary.Tasks).Plan.Actions);
        Assert.Empty(harness.Actuator.Executed);
        Assert.Equal(1, summary.AlertsOpened);
    }

    [Fact]
    public async Task Reconcile_DryRunMode_ChangesNothingAndAlertsWithWhatItWouldDo()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.DryRun);
        harness.World.OpenRdpToTheWorld();

        var summary = await harness.OnTaskEventAsync();

        Assert.True(harness.World.WebGroupAllowsRdpFromWorld());
        Assert.Equal(0, harness.Actuator.Writes);
        Assert.Equal(1, summary.ActionsDryRun);
        Assert.Contains("would revoke", Assert.Single(harness.Sink.Published).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_DriftFixedOutOfBand_ResolvesTheAlertWithOneMessage()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.OnTaskEventAsync();

        harness.World.Groups[Ids.WebGroup] = IisObservation.WebGroup();
        var summary = await harness.LookAtAsync();
        await harness.LookAtAsync();

        Assert.Equal(1, summary.AlertsResolved);
        Assert.Equal(["OPEN", "RESOLVED"], harness.Sink.Published.Select(m => m.Attributes.Single(a => a.Key == "state").Value));
        Assert.Empty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task Reconcile_WrongGroupsAndWrongServiceConfig_UpdatesTheServiceAndTheReplacementIsHealthy()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.Enis[Ids.EniId] = IisObservation.Eni() with { GroupIds = [Ids.OtherGroup] };
        harness.World.Services[FakeAwsWorld.ServiceKey(Ids.ClusterArn, Ids.ServiceName)] = IisObservation.Service() with { SecurityGroups = [Ids.OtherGroup] };

        var summary = await harness.OnTaskEventAsync();

        var executed = Assert.Single(Assert.Single(summary.Tasks).Actions);
        Assert.IsType<UpdateServiceNetwork>(executed.Planned.Action);
        Assert.Equal(TaskLifecycle.Stopped, harness.World.Tasks[Ids.TaskArn].LastStatus);
        var replacement = harness.World.Tasks.Values.Single(t => t.IsRunning);
        var after = await harness.LookAtAsync(replacement.TaskArn);
        Assert.Empty(Assert.Single(after.Tasks).Judgement.Findings);
    }

    [Fact]
    public async Task Reconcile_TaskStopped_LeavesItsSharedAlertOpenUntilTheSweep()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.OnTaskEventAsync();

        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(TaskLifecycle.Stopped, version: 9);
        var summary = await harness.OnTaskEventAsync();

        Assert.Equal(JudgementKind.Stopped, Assert.Single(summary.Tasks).Judgement.Kind);
        Assert.Equal(0, summary.AlertsResolved);
        var open = Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        Assert.Empty(open.AffectedTasks);
        var status = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        Assert.Equal(harness.Time.GetUtcNow() + TimeSpan.FromDays(7), status!.ExpiresAt);

        var swept = await harness.Reconciler.SweepAlertsAsync(resolveOrphans: true, CancellationToken.None);

        Assert.Equal(Core.Alerting.AlertTransition.Resolved, Assert.Single(swept).Transition);
        Assert.Empty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task SweepAlerts_WithoutResolvingOrphans_LeavesTheAlertNoTaskShowsOpen()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.OnTaskEventAsync();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(TaskLifecycle.Stopped, version: 9);
        await harness.OnTaskEventAsync();

        var swept = await harness.Reconciler.SweepAlertsAsync(resolveOrphans: false, CancellationToken.None);

        Assert.DoesNotContain(swept, e => e.Transition == Core.Alerting.AlertTransition.Resolved);
        Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task Recheck_NoRequest_ThrowsArgumentNull() =>
        await Assert.ThrowsAsync<ArgumentNullException>(() => new ReconcilerHarness().Reconciler.RecheckAsync(null!, CancellationToken.None));

    [Fact]
    public async Task Explain_NoTarget_ThrowsArgumentNull() =>
        await Assert.ThrowsAsync<ArgumentNullException>(() => new ReconcilerHarness().Reconciler.ExplainAsync(null!, CancellationToken.None));

    [Fact]
    public async Task Reconcile_RollingReplacement_SharedAlertIsNeitherResolvedNorReopened()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.OnTaskEventAsync();
        var replacement = WorldBuilder.NewTask(harness.World, "arn:aws:ecs:us-east-1:111122223333:task/win-prod/11111111111111111111111111111111", harness.World.Tasks[Ids.TaskArn], Ids.SubnetA, [Ids.WebGroup], 7);
        harness.World.Tasks[replacement.TaskArn] = replacement;

        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(TaskLifecycle.Running, version: 6) with { DesiredStatus = TaskLifecycle.Stopped };
        await harness.OnTaskEventAsync();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(TaskLifecycle.Stopped, version: 9);
        await harness.OnTaskEventAsync();
        await harness.OnTaskEventAsync(replacement.TaskArn);

        Assert.Equal(["opened"], harness.Sink.Published.Select(m => m.Attributes.Single(a => a.Key == "kind").Value));
        Assert.Equal([replacement.TaskArn], Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None)).AffectedTasks);
    }

    [Fact]
    public async Task Reconcile_LinuxTask_IsSkippedWithoutAnyNetworkCall()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.Definitions[Ids.TaskDefinitionArn] = new TaskDefinitionInfo(Ids.TaskDefinitionArn, Ids.Family, 1, "awsvpc", "LINUX");

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal("not Windows: LINUX (from the task definition's runtimePlatform)", Assert.Single(summary.Tasks).Judgement.Reason);
        Assert.Equal(0, harness.World.CallsTo("DescribeNetworkInterfaces"));
        Assert.Empty(harness.Actuator.Executed);
    }

    [Fact]
    public async Task Reconcile_NoSpecSelectsTheTask_IsSkippedWithReason()
    {
        var summary = await new ReconcilerHarness().OnTaskEventAsync();

        Assert.Equal("no spec selects it", Assert.Single(summary.Tasks).Judgement.Reason);
    }

    [Fact]
    public async Task Reconcile_TwoSpecsTie_ActsOnNothingAndSaysWhy()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        var twin = IisSpec.Create(IisSpec.Remediate);
        harness.WithSpec(twin with { Metadata = twin.Metadata with { Name = "iis-twin" } });
        harness.World.OpenRdpToTheWorld();

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal("specs iis-twin and iis-webserver select it equally; fix the tie", Assert.Single(summary.Tasks).Judgement.Reason);
        Assert.True(harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task Reconcile_ClusterDefaultSpec_SelectsAFamilyWithoutItsOwnSpec()
    {
        var spec = IisSpec.Create();
        var harness = new ReconcilerHarness().WithSpec(spec with { Spec = spec.Spec with { Selector = new("win-prod", "*") } });
        harness.World.OpenRdpToTheWorld();

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal(1, summary.AlertsOpened);
    }

    [Fact]
    public async Task Reconcile_OneTaskFails_TheOtherIsStillReconciled()
    {
        var world = WorldBuilder.Iis(tasks: 2);
        var broken = world.Tasks.Keys.First(k => k != Ids.TaskArn);
        world.Tasks[broken] = world.Tasks[broken] with { TaskDefinitionArn = "arn:aws:ecs:us-east-1:111122223333:task-definition/iis-webserver:404" };
        var harness = new ReconcilerHarness(world).WithIisSpec();

        var summary = await harness.Reconciler.ReconcileAsync([ReconcileTarget.Lookup(Ids.ClusterArn, broken), ReconcileTarget.Lookup(Ids.ClusterArn, Ids.TaskArn)], CancellationToken.None);

        Assert.Equal(1, summary.Failed);
        Assert.Equal(1, summary.Judged);
        Assert.NotNull(summary.Tasks.Single(t => t.TaskArn == broken).Error);
    }

    [Fact]
    public async Task Reconcile_Cancelled_Propagates()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        harness.World.Failures["DescribeNetworkInterfaces"] = new OperationCanceledException(cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.Reconciler.ReconcileAsync([ReconcileTarget.FromEvent(harness.World.Tasks[Ids.TaskArn])], cancelled.Token));
    }

    [Fact]
    public async Task ReconcileSelections_DescribeTasksFailsForOneBatch_ThatBatchFailsAndTheRunGoesOn()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)).WithIisSpec();
        var calls = 0;
        harness.World.OnDescribeTasks = () =>
        {
            if (++calls == 1)
            {
                throw new Core.Ports.AdapterException("ecs", "DescribeTasks", null, "ThrottlingException: Rate exceeded", isTransient: true);
            }
        };

        var summary = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);

        Assert.Equal(250, summary.TasksSeen);
        Assert.Equal(100, summary.Failed);
        Assert.Equal(150, summary.Judged);
        Assert.All(summary.Tasks.Where(t => t.Error is not null), t => Assert.Contains("describing the tasks failed", t.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconcile_ObservationFails_AllTasksOfTheBatchAreReportedFailed()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3)).WithIisSpec();
        harness.World.Failures["DescribeNetworkInterfaces"] = new Core.Ports.AdapterException("ec2", "DescribeNetworkInterfaces", null, "throttled", isTransient: true);

        var summary = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);

        Assert.Equal(3, summary.Failed);
        Assert.All(summary.Tasks, t => Assert.Contains("throttled", t.Error, StringComparison.Ordinal));
    }
}
