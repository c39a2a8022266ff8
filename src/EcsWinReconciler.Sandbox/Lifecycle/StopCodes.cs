namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>Task stop codes (docs/FACTS.md §1.3).</summary>
public static class StopCodes
{
    public const string TaskFailedToStart = "TaskFailedToStart";
    public const string UserInitiated = "UserInitiated";
    public const string ServiceSchedulerInitiated = "ServiceSchedulerInitiated";
}
