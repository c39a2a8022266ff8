namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>What a delivered re-check did: ran a look (its summary), or was dropped because a newer look settled it.</summary>
public sealed record RecheckResult(RunSummary Summary, string? DroppedBecause)
{
    public bool Dropped => DroppedBecause is not null;

    public static RecheckResult Ran(RunSummary summary) => new(summary, null);

    public static RecheckResult Drop(string why) => new(RunSummary.Empty, why);
}
