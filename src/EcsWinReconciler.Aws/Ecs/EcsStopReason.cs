namespace EcsWinReconciler.Aws.Ecs;

/// <summary>StopTask's <c>reason</c> holds at most 255 characters (docs/FACTS.md §5.3); longer reasons are cut, never refused.</summary>
public static class EcsStopReason
{
    public const int MaxLength = 255;

    public static string? Truncate(string? reason)
    {
        if (reason is null || reason.Length <= MaxLength)
        {
            return reason;
        }

        // Cut one short and mark the cut; never split a surrogate pair.
        var cut = MaxLength - 1;
        if (char.IsHighSurrogate(reason[cut - 1]))
        {
            cut--;
        }

        return reason[..cut] + "…";
    }
}
