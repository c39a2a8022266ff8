namespace EcsWinReconciler.Core.Observation;

/// <summary>ECS task <c>lastStatus</c> values, in lifecycle order.</summary>
public static class TaskLifecycle
{
    public const string Provisioning = "PROVISIONING";
    public const string Pending = "PENDING";
    public const string Activating = "ACTIVATING";
    public const string Running = "RUNNING";
    public const string Deactivating = "DEACTIVATING";
    public const string Stopping = "STOPPING";
    public const string Deprovisioning = "DEPROVISIONING";
    public const string Stopped = "STOPPED";
    public const string Deleted = "DELETED";
}
