using System.Globalization;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Output.Views;

/// <summary>One exception as <c>ewr except</c> prints it; <c>inForce</c> at the time of the command.</summary>
internal sealed record ExceptionView(
    string Spec, long Generation, string Check, string Resource, string Reason, string Expires, bool InForce, string? Ticket, string? By, string? Added)
{
    public static ExceptionView From(StoredSpec spec, ExceptionEntry entry, DateTimeOffset now) => new(
        spec.Name, spec.Generation, entry.Check, entry.Resource, entry.Reason, entry.Expires.ToString(), entry.Expires.InForceAt(now), entry.Ticket, entry.AddedBy,
        entry.AddedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
