using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

public class DriftEvaluatorTests
{
    [Fact]
    public void Evaluate_SeedIisTaskHealthy_IsJudgedWithNoFindings()
    {
        var judgement = DriftEvaluator.Evaluate(IisSpec.Create(), IisObservation.Healthy());

        Assert.Equal(JudgementKind.Judged, judgement.Kind);
        Assert.Empty(judgement.Findings);
    }

    [Theory]
    [InlineData(TaskLifecycle.Provisioning)]
    [InlineData(TaskLifecycle.Pending)]
    [InlineData(TaskLifecycle.Activating)]
    public void Evaluate_NotYetRunning_IsNotJudged(string status)
    {
        var observed = IisObservation.Healthy() with { Task = IisObservation.Task(status), Eni = null, EniLookup = EniLookup.NoInterfaceId };

        var judgement = DriftEvaluator.Evaluate(IisSpec.Create(), observed);

        Assert.Equal(JudgementKind.NotYetRunning, judgement.Kind);
        Assert.Empty(judgement.Findings);
    }

    [Fact]
    public void Evaluate_Stopped_ClosesInsteadOfJudging()
    {
        var observed = IisObservation.Healthy() with { Task = IisObservation.Task(TaskLifecycle.Stopped), Eni = null, EniLookup = EniLookup.Gone };

        Assert.Equal(JudgementKind.Stopped, DriftEvaluator.Evaluate(IisSpec.Create(), observed).Kind);
    }

    [Fact]
    public void Evaluate_DeprovisioningWithDesiredStopped_IsTreatedAsStopped()
    {
        var task = IisObservation.Task() with { LastStatus = TaskLifecycle.Deprovisioning, DesiredStatus = TaskLifecycle.Stopped };

        Assert.Equal(JudgementKind.Stopped, DriftEvaluator.Evaluate(IisSpec.Create(), IisObservation.Healthy() with { Task = task }).Kind);
    }

    [Fact]
    public void Evaluate_RunningButDesiredStopped_IsNotJudged()
    {
        var task = IisObservation.Task() with { DesiredStatus = TaskLifecycle.Stopped };

        var judgement = DriftEvaluator.Evaluate(IisSpec.Create(), IisObservation.Healthy() with { Task = task, Eni = null, EniLookup = EniLookup.Gone });

        Assert.Equal(JudgementKind.Stopped, judgement.Kind);
        Assert.Empty(judgement.Findings);
    }

    [Fact]
    public void Evaluate_LinuxTaskFromTaskDefinition_IsSkippedWithReason()
    {
        var observed = IisObservation.Healthy() with { Platform = TaskPlatform.From("LINUX", "awsvpc", null) };

        var judgement = DriftEvaluator.Evaluate(IisSpec.Create(), observed);

        Assert.Equal(JudgementKind.Skipped, judgement.Kind);
        Assert.Equal("not Windows: LINUX (from the task definition's runtimePlatform)", judgement.Reason);
    }

    [Fact]
    public void Evaluate_LinuxHost_IsSkippedNamingTheContainerInstance()
    {
        var platform = TaskPlatform.From(null, "awsvpc", new Dictionary<string, string> { ["ecs.os-type"] = "linux" });

        var judgement = DriftEvaluator.Evaluate(IisSpec.Create(), IisObservation.Healthy() with { Platform = platform });

        Assert.Contains("container instance attributes", judgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownOs_IsSkippedNotJudged()
    {
        var judgement = DriftEvaluator.Evaluate(IisSpec.Create(), IisObservation.Healthy() with { Platform = TaskPlatform.Unknown("awsvpc") });

        Assert.Equal(JudgementKind.Skipped, judgement.Kind);
        Assert.Contains("operating system unknown", judgement.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bridge")]
    [InlineData("default")]
    [InlineData(null)]
    public void Evaluate_NotAwsvpc_IsSkipped(string? mode)
    {
        var platform = IisObservation.WindowsFromHost with { NetworkMode = mode };

        var judgement = DriftEvaluator.Evaluate(IisSpec.Create(), IisObservation.Healthy() with { Platform = platform });

        Assert.Equal(JudgementKind.Skipped, judgement.Kind);
        Assert.Contains("not awsvpc", judgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FargateTask_IsSkipped()
    {
        var observed = IisObservation.Healthy() with { Task = IisObservation.Task() with { LaunchType = "FARGATE" } };

        Assert.Equal(JudgementKind.Skipped, DriftEvaluator.Evaluate(IisSpec.Create(), observed).Kind);
    }

    [Fact]
    public void Evaluate_SuspendedSpec_IsSkipped()
    {
        var spec = IisSpec.Create();
        spec = spec with { Spec = spec.Spec with { Suspend = true } };

        var judgement = DriftEvaluator.Evaluate(spec, IisObservation.Healthy());

        Assert.Equal(JudgementKind.Skipped, judgement.Kind);
        Assert.Equal("spec iis-webserver is suspended", judgement.Reason);
    }

    [Fact]
    public void Evaluate_ManyDrifts_FindingsAreSortedByIdAndUnique()
    {
        var observed = IisObservation.Healthy() with
        {
            Eni = IisObservation.Eni() with { SubnetId = Ids.SubnetOther, PublicIp = "3.3.3.3", GroupIds = [Ids.WebGroup, Ids.OtherGroup] },
            SecurityGroups = [IisObservation.WebGroup(IisObservation.RdpFromWorldRule)],
            Vpc = IisObservation.Vpc(support: false, hostnames: false),
            Host = IisObservation.Host(attached: 3),
        };

        var findings = DriftEvaluator.Evaluate(IisSpec.Create(), observed).Findings;

        Assert.Equal(findings.Select(f => f.Id).Order(StringComparer.Ordinal), findings.Select(f => f.Id));
        Assert.Equal(findings.Count, findings.Select(f => f.Id).Distinct().Count());
        Assert.Equal(
            ["capacity.host-eni", "dns.vpc-hostnames", "dns.vpc-support", "eni.public-ip", "eni.subnet", "sg.forbidden-ingress", "sg.set"],
            findings.Select(f => f.Check).Order(StringComparer.Ordinal));
    }
}
