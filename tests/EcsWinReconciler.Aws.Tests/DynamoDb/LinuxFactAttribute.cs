namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>A fact that needs Linux process semantics (re-parenting of orphans); skipped with the reason elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: it orphans a process and watches it notice";
        }
    }
}
