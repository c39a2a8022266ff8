namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// The hub account the sandbox plays and its home region (the ids AWS documentation uses): the world the host's scenario
/// builds. Other accounts and regions have worlds of their own (<see cref="SandboxHost.World"/>).
/// </summary>
public static class SandboxAccount
{
    public const string Region = "us-east-1";
    public const string AccountId = "111122223333";
}
