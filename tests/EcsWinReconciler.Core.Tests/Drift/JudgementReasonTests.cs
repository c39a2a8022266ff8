using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>Why a task was not judged, as its status says it.</summary>
public class JudgementReasonTests
{
    [Fact]
    public void NotYetRunning_SaysOnlyRunningTasksAreJudged() =>
        Assert.Equal("task is PENDING; only RUNNING tasks are judged", Judgement.NotYetRunning("PENDING").Reason);

    [Fact]
    public void Stopped_SaysItsFindingsClose() => Assert.Equal("task is STOPPED; its open findings close", Judgement.Stopped("STOPPED").Reason);

    [Fact]
    public void Judged_CountsItsFindings()
    {
        var findings = DriftEvaluator.Evaluate(IisSpec.Create(), IisObservation.Healthy() with { Vpc = IisObservation.Vpc(false, false) }).Findings;

        Assert.Equal($"{findings.Count} finding(s)", Judgement.Judged(findings).Reason);
        Assert.Equal("no drift", Judgement.Judged([]).Reason);
    }

    [Fact]
    public void SkipReason_NetworkModeUnknown_SaysSo() =>
        Assert.Equal("network mode unknown, not awsvpc", PlatformGate.SkipReason(IisObservation.Task(), TaskPlatform.Unknown(null)));
}
