namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>Attachment statuses (docs/FACTS.md §1.2).</summary>
public static class AttachmentStatus
{
    public const string Precreated = "PRECREATED";
    public const string Attached = "ATTACHED";
    public const string Detaching = "DETACHING";
    public const string Failed = "FAILED";
    public const string Deleted = "DELETED";
}
