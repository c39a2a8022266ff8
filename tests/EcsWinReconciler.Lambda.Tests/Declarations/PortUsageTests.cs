using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Declarations;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Declarations;

/// <summary>
/// The port methods each function declares (FunctionDeclarations, the input of its IAM policy) cover every call its code
/// really makes: each function runs its samples through recording proxies, healthy and with remediable drift.
/// </summary>
public sealed class PortUsageTests
{
    public static TheoryData<FunctionKind, string> Scenarios => new()
    {
        { FunctionKind.TaskState, SampleEvents.TaskRunning },
        { FunctionKind.TaskState, SampleEvents.TaskStopped },
        { FunctionKind.ApiChange, SampleEvents.ApiChangeAuthorizeRdp },
        { FunctionKind.Resync, SampleEvents.ResyncSchedule },
        { FunctionKind.SpecChange, SampleEvents.SpecChangeModify },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Invoke_AnyScenario_CallsOnlyDeclaredPortMethods(FunctionKind kind, string sample)
    {
        var observed = await RecordAsync(kind, sample, DeploymentRemediationMode.Remediate, drift: true);
        observed.UnionWith(await RecordAsync(kind, sample, DeploymentRemediationMode.DryRun, drift: false));

        var declared = FunctionDeclarations.For(kind).PortMethods;
        Assert.Empty(observed.Except(declared));
    }

    [Fact]
    public async Task Invoke_TaskStateEvent_NeitherListsNorDescribesTasks()
    {
        var observed = await RecordAsync(FunctionKind.TaskState, SampleEvents.TaskRunning, DeploymentRemediationMode.Remediate, drift: true);

        Assert.DoesNotContain("ITaskSource.ListRunningTaskArnsAsync", observed);
        Assert.DoesNotContain("ITaskSource.DescribeTasksAsync", observed);
        Assert.DoesNotContain("ITaskSource.ListRunningTaskArnsAsync", FunctionDeclarations.For(FunctionKind.TaskState).PortMethods);
    }

    [Fact]
    public async Task Invoke_ResyncWithRemediableDrift_ExercisesTheWritePorts()
    {
        var observed = await RecordAsync(FunctionKind.Resync, SampleEvents.ResyncSchedule, DeploymentRemediationMode.Remediate, drift: true);

        Assert.Contains("ITaskSource.ListRunningTaskArnsAsync", observed);
        Assert.Contains("INetworkActuator.ExecuteAsync", observed);
        Assert.Contains("IActionLedger.TryClaimAsync", observed);
        Assert.Contains("IRemediationBudget.TryConsumeAsync", observed);
    }

    [Fact]
    public void Catalog_EveryDeclaredMethod_ExistsOnItsPort()
    {
        var ports = new[] { typeof(ISpecStore), typeof(ITaskSource), typeof(INetworkObserver), typeof(INetworkActuator), typeof(IStatusStore), typeof(IAlertStore), typeof(IAlertSink), typeof(IActionLedger), typeof(IRemediationBudget), typeof(IResyncCursor), typeof(IResolverObserver), typeof(IRecheckQueue) };
        var existing = ports.SelectMany(p => p.GetMethods().Select(m => $"{p.Name}.{m.Name}")).ToHashSet(StringComparer.Ordinal);

        Assert.All(FunctionDeclarations.All.SelectMany(f => f.PortMethods), m => Assert.Contains(m, existing));
        Assert.Equal(FunctionNames.All, FunctionDeclarations.All.Select(f => f.Name));
    }

    private static async Task<HashSet<string>> RecordAsync(FunctionKind kind, string sample, DeploymentRemediationMode mode, bool drift)
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        if (drift)
        {
            harness.World.OpenRdpToTheWorld();
        }

        if (sample == SampleEvents.TaskStopped)
        {
            harness.World.Tasks[Ids.TaskArn] = IisObservation.Task("STOPPED", 8);
        }

        var recorder = new PortCallRecorder();
        var rig = new FunctionRig(kind, harness, s => s with { Deployment = s.Deployment with { RemediationMode = mode } }, p => p with { Ports = recorder.Wrap(p.Ports) });
        var response = await rig.InvokeAsync(SampleEvents.Bytes(sample));
        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        return [.. recorder.Calls.Keys];
    }
}
