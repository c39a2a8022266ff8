using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>What kind of invocation the crash stops: the scheduled resync, or one ECS task event.</summary>
public enum CrashInvocation
{
    Resync,
    TaskEvent,
}

/// <summary>
/// A starting point for crash points: a world and its stores (<see cref="Build"/>, then <see cref="Prepare"/>: earlier runs,
/// changes since), and the invocation that will be killed. The event is the snapshot of the first task when it is sent.
/// </summary>
public sealed record CrashScenario(string Name, CrashInvocation Invocation, Func<ReconcilerHarness> Build, Func<ReconcilerHarness, Task>? Prepare = null)
{
    /// <summary>What the world does on its own between recovery's runs (ECS finishing a rollout); nothing by default.</summary>
    public Action<ReconcilerHarness>? WorldMovesOn { get; init; }

    public override string ToString() => $"{Name} ({Invocation})";
}
