using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// A named account to start from: the healthy baseline (<see cref="Baseline"/>), then changes made before the
/// tasks start (they start with whatever the changed configuration says) and changes made after. Scenarios
/// compose with <see cref="With"/> (<c>rdp-open+dns-hostnames-off</c>).
/// </summary>
public sealed record Scenario(string Name, string Description, Action<SandboxWorld>? BeforeStart = null, Action<SandboxWorld>? AfterStart = null)
{
    public Scenario With(Scenario other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Scenario($"{Name}+{other.Name}", $"{Description}; {other.Description}", BeforeStart + other.BeforeStart, AfterStart + other.AfterStart);
    }

    /// <summary>Builds the account: baseline, changes, then the services' tasks run to RUNNING (events included).</summary>
    public void Build(SandboxWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        Baseline.Build(world);
        BeforeStart?.Invoke(world);
        TaskEngine.Settle(world);
        AfterStart?.Invoke(world);
    }
}
