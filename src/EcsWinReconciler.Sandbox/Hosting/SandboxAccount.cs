namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>The account the sandbox plays: one region, one account id (the ids AWS documentation uses).</summary>
public static class SandboxAccount
{
    public const string Region = "us-east-1";
    public const string AccountId = "111122223333";
}
