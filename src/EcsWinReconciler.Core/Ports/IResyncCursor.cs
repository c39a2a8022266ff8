namespace EcsWinReconciler.Core.Ports;

/// <summary>
/// Where the last run of a sweep (a reconcile of every task some selections name) stopped, kept in the State table, so a
/// sweep that its deadline always cuts short continues where the previous run stopped instead of starting over and
/// never reaching the tail. A position is opaque to the store; the reconciler compares positions ordinally.
/// </summary>
/// <remarks>
/// Last writer wins: two overlapping runs of one sweep may repeat each other's tasks (harmless: every reconcile is
/// idempotent), but each saved position is the end of a stretch some run covered, so no task is skipped.
/// </remarks>
public interface IResyncCursor
{
    /// <summary>The position after which the next run of <paramref name="sweep"/> starts; null when none was saved.</summary>
    Task<string?> GetAsync(string sweep, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="sweep"/> covered everything up to and including <paramref name="position"/>.</summary>
    Task SaveAsync(string sweep, string position, DateTimeOffset now, CancellationToken cancellationToken);
}
