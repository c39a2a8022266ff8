using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Lifecycle;

namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>Starts a sandbox for a test with a fake clock and a fixed seed.</summary>
public static class TestSandbox
{
    public static Task<SandboxHost> StartAsync(string scenario = "healthy", LifecycleMode lifecycle = LifecycleMode.Immediate, int seed = 7) =>
        SandboxHost.StartAsync(scenario, new SandboxOptions { Seed = seed, TimeProvider = TestClock.Create(), Lifecycle = lifecycle });
}
