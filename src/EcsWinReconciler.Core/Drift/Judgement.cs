using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// The verdict on one task: judged with findings, or not judged and why.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="JudgementKind.Judged"/>: RUNNING, Windows, awsvpc, selected by an active spec.</item>
/// <item><see cref="JudgementKind.Skipped"/>: not ours to judge (not Windows, not awsvpc, spec suspended).</item>
/// <item><see cref="JudgementKind.NotYetRunning"/>: PROVISIONING…ACTIVATING: nothing is final yet.</item>
/// <item><see cref="JudgementKind.Stopped"/>: stopping or stopped: what was open for it closes.</item>
/// </list>
/// </remarks>
public sealed record Judgement(JudgementKind Kind, string Reason, EquatableArray<Finding> Findings)
{
    public static Judgement Judged(EquatableArray<Finding> findings) =>
        new(JudgementKind.Judged, findings.IsEmpty ? "no drift" : $"{findings.Count} finding(s)", findings);

    public static Judgement Skipped(string reason) => new(JudgementKind.Skipped, reason, []);

    public static Judgement NotYetRunning(string lastStatus) =>
        new(JudgementKind.NotYetRunning, $"task is {lastStatus}; only RUNNING tasks are judged", []);

    /// <summary>RUNNING, but its ENI is not ready yet: not judged until a re-check finds it ready (or its re-checks run out).</summary>
    public static Judgement WaitingForEni(string reason) => new(JudgementKind.NotYetRunning, reason, []);

    public static Judgement Stopped(string lastStatus) =>
        new(JudgementKind.Stopped, $"task is {lastStatus}; its open findings close", []);
}

public enum JudgementKind
{
    Judged,
    Skipped,
    NotYetRunning,
    Stopped,
}
