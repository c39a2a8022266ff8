namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>The task <c>lastStatus</c> values the sandbox uses (a subset of docs/FACTS.md §1.3: no ACTIVATING/STOPPING phases).</summary>
public static class TaskStatuses
{
    public const string Provisioning = "PROVISIONING";
    public const string Pending = "PENDING";
    public const string Running = "RUNNING";
    public const string Deprovisioning = "DEPROVISIONING";
    public const string Stopped = "STOPPED";
}
