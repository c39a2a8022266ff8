using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Composition;

public sealed class InvocationHandlerFactoryTests
{
    [Fact]
    public async Task Create_AlertMode_NeverCallsTheActuatorEvenWhenTheSpecSaysRemediate()
    {
        var rig = RemediatingSpecWithRdpOpen(DeploymentRemediationMode.Alert);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        Assert.Empty(rig.Harness.Actuator.Executed);
        Assert.True(response.GetProperty("alertsOpened").GetInt32() >= 1);
        Assert.True(rig.Harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task Create_DryRunMode_TriesActionsWithDryRunOnly()
    {
        var rig = RemediatingSpecWithRdpOpen(DeploymentRemediationMode.DryRun);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        Assert.NotEmpty(rig.Harness.Actuator.Executed);
        Assert.All(rig.Harness.Actuator.Executed, e => Assert.True(e.DryRun));
        Assert.True(response.GetProperty("actionsDryRun").GetInt32() >= 1);
        Assert.Equal(0, response.GetProperty("actionsApplied").GetInt32());
        Assert.True(rig.Harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task Create_RemediateMode_RepairsAsTheSpecAllows()
    {
        var rig = RemediatingSpecWithRdpOpen(DeploymentRemediationMode.Remediate);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        Assert.True(response.GetProperty("actionsApplied").GetInt32() >= 1);
        Assert.False(rig.Harness.World.WebGroupAllowsRdpFromWorld());
        Assert.Equal(response.GetProperty("actionsApplied").GetInt32(), rig.LastMetrics()["ActionsApplied"]);
    }

    [Fact]
    public async Task Create_AlertMode_LeavesTheStoredSpecUntouched()
    {
        var rig = RemediatingSpecWithRdpOpen(DeploymentRemediationMode.Alert);

        await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        var stored = await rig.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None);
        Assert.Equal(IisSpec.Remediate, stored!.Spec.Spec.Remediation);
    }

    [Theory]
    [InlineData(FunctionKind.TaskState, SampleEvents.TaskRunning)]
    [InlineData(FunctionKind.ApiChange, SampleEvents.ApiChangeAuthorizeRdp)]
    [InlineData(FunctionKind.Resync, SampleEvents.ResyncSchedule)]
    [InlineData(FunctionKind.SpecChange, SampleEvents.SpecChangeModify)]
    public async Task Create_EachFunction_EmitsOneMetricsLineWithItsName_AfterOneLinePerCheckFound(FunctionKind kind, string sample)
    {
        var rig = new FunctionRig(kind);
        rig.Harness.World.OpenRdpToTheWorld();

        await rig.InvokeAsync(SampleEvents.Bytes(sample));

        var byCheck = rig.Metrics.SkipLast(1).ToList();
        var line = rig.Metrics[^1];
        Assert.Equal(FunctionNames.Of(kind), line.GetProperty("Function").GetString());
        var metrics = rig.LastMetrics();
        string[] expected =
        [
            "DriftFindings", "ActionsApplied", "ActionsDryRun", "ActionsOverBudget", "ActionsFailed", "ActionsOutOfScope", "AlertsOpened", "AlertsResolved", "TasksReconciled",
            "TasksFailed", "TasksRemaining", "PlacesFailed", "RejectedEvents", "RechecksScheduled", "RechecksNotScheduled", "RechecksDropped", "ReconcileDurationMs", "ApiCalls", .. kind == FunctionKind.Resync ? ["OpenAlerts"] : Array.Empty<string>(),
        ];
        Assert.Equal(expected, metrics.Keys);
        Assert.Equal(rig.Harness.World.TotalCalls, metrics["ApiCalls"]);
        Assert.Equal(metrics["DriftFindings"], byCheck.Sum(l => l.GetProperty("FindingsByCheck").GetDouble()));
        Assert.Contains(byCheck, l => l.GetProperty("Check").GetString() == "sg.forbidden-ingress" && l.GetProperty("Severity").GetString() == "critical");
    }

    private static FunctionRig RemediatingSpecWithRdpOpen(DeploymentRemediationMode mode)
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();
        return new FunctionRig(FunctionKind.TaskState, harness, s => s with { Deployment = s.Deployment with { RemediationMode = mode } });
    }
}
