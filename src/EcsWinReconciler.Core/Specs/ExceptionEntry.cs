using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// An approved deviation (<c>spec.exceptions[]</c>): findings of <see cref="Check"/> rooted at <see cref="Resource"/> stay
/// visible in status but neither alert nor remediate until <see cref="Expires"/>; then they re-open at the next look.
/// <see cref="AddedBy"/> and <see cref="AddedAt"/> are set by <c>ewr except add</c> (who and when); a spec file may leave
/// them out. An exception only ever takes actions and alerts away: it never widens what remediation may do.
/// </summary>
public sealed record ExceptionEntry(string Check, string Resource, string Reason, ExceptionExpiry Expires, string? Ticket)
{
    public string? AddedBy { get; init; }

    public DateTimeOffset? AddedAt { get; init; }

    /// <summary>"CHG-4711 — reason", or the reason alone: what status and alerts say about it.</summary>
    public string Describe() => Ticket is { } ticket ? $"{ticket} — {Reason}" : Reason;

    /// <summary>
    /// Whether this exception covers findings of <paramref name="check"/> rooted at <paramref name="root"/>. The resource is the
    /// root's id, or a shorter name people use for it: a task's id, a service's name, a group for its rules and permissions.
    /// </summary>
    public bool Covers(string check, FindingRoot root) =>
        string.Equals(check, Check, StringComparison.Ordinal) && ExceptionResources.Names(Resource, root);
}
