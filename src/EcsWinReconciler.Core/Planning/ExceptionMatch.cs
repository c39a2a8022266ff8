using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Planning;

/// <summary>
/// The exception a finding falls under, and whether it is in force at the time of the look. An exception in force takes the
/// finding out of planning and alerting (it stays in status); a lapsed one changes nothing but what is said: the finding is
/// alerted or repaired as any other, and the alert says the exception lapsed.
/// </summary>
public sealed record ExceptionMatch(ExceptionEntry Entry, bool InForce)
{
    /// <summary>"the exception CHG-4711 (reason) lapsed on 2027-01-31".</summary>
    public string LapseNote => $"the exception {(Entry.Ticket is { } t ? $"{t} ({Entry.Reason})" : $"\"{Entry.Reason}\"")} lapsed on {Entry.Expires}";

    /// <summary>
    /// The exception of <paramref name="exceptions"/> covering <paramref name="finding"/>'s check and root: one in force if any
    /// (the latest to lapse), else the latest lapsed one; null when none covers it.
    /// </summary>
    public static ExceptionMatch? Find(IEnumerable<ExceptionEntry> exceptions, Finding finding, DateTimeOffset now)
    {
        ExceptionEntry? best = null;
        foreach (var entry in exceptions)
        {
            if (!entry.Covers(finding.Check, finding.Root))
            {
                continue;
            }

            var better = best is null
                || entry.Expires.InForceAt(now) && !best.Expires.InForceAt(now)
                || entry.Expires.InForceAt(now) == best.Expires.InForceAt(now) && entry.Expires.LapsesAt > best.Expires.LapsesAt;
            best = better ? entry : best;
        }

        return best is null ? null : new ExceptionMatch(best, best.Expires.InForceAt(now));
    }
}
