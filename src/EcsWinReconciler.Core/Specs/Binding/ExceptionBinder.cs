using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>
/// Builds <c>spec.exceptions</c>: each resource must be a plausible id for its check's roots, no check and resource twice, and
/// (when the caller gives the time) each expiry after now and within the maximum duration. Null when any entry is wrong.
/// </summary>
internal static class ExceptionBinder
{
    public static EquatableArray<ExceptionEntry>? Bind(ObjectView body, SpecReadOptions options)
    {
        var items = body.ReadObjects(SpecBodyShape.Exceptions);
        if (items.IsAbsent)
        {
            return EquatableArray<ExceptionEntry>.Empty;
        }

        if (items.IsInvalid)
        {
            return null;
        }

        var entries = new List<(ExceptionEntry Entry, string Path)>();
        var complete = true;
        foreach (var item in items.Value)
        {
            if (item is null || BindOne(item, options) is not { } entry)
            {
                complete = false;
                continue;
            }

            if (entries.FirstOrDefault(e => e.Entry.Check == entry.Check && e.Entry.Resource == entry.Resource) is { Path: { } first })
            {
                item.Report($"{entry.Check} on {entry.Resource} repeats {RuleLists.Relative(first, items.Path)}; give each check and resource once");
                complete = false;
                continue;
            }

            entries.Add((entry, item.Path));
        }

        return complete ? entries.Select(e => e.Entry).ToEquatableArray() : null;
    }

    private static ExceptionEntry? BindOne(ObjectView item, SpecReadOptions options)
    {
        var check = item.Read(ExceptionShape.Check);
        var resource = item.Read(ExceptionShape.Resource);
        var reason = item.Read(ExceptionShape.Reason);
        var expires = item.Read(ExceptionShape.Expires);
        var ticket = item.Read(ExceptionShape.Ticket);
        var by = item.Read(ExceptionShape.By);
        var added = item.Read(ExceptionShape.Added);
        if (!check.IsPresent || !resource.IsPresent || !reason.IsPresent || !expires.IsPresent || !ticket.IsUsable || !by.IsUsable || !added.IsUsable)
        {
            return null;
        }

        var kinds = CheckRoots.KindsOf(check.Value);
        if (!kinds.Any(kind => ExceptionResources.IsPlausible(resource.Value, kind)))
        {
            item.Report(ExceptionShape.Resource, $"\"{resource.Value}\" cannot be a root of {check.Value}: expected {ExceptionResources.Expected(kinds)}");
            return null;
        }

        if (ExpiryProblem(expires.Value, options) is { } problem)
        {
            item.Report(ExceptionShape.Expires, problem);
            return null;
        }

        return new ExceptionEntry(check.Value, resource.Value, reason.Value.Trim(), expires.Value, ticket.IsPresent ? ticket.Value : null)
        {
            AddedBy = by.IsPresent ? by.Value : null,
            AddedAt = added.IsPresent ? added.Value : null,
        };
    }

    private static string? ExpiryProblem(ExceptionExpiry expires, SpecReadOptions options)
    {
        if (options.Now is not { } now)
        {
            return null;
        }

        var latest = now + options.MaxExceptionDuration;
        var days = (int)options.MaxExceptionDuration.TotalDays;
        return !expires.InForceAt(now) ? $"{expires} has passed; remove the exception, or renew it with a later date"
            : expires.LapsesAt > latest ? $"{expires} is more than {days} days ahead (the latest allowed now is {latest.UtcDateTime:yyyy-MM-dd}); exceptions are renewed, never open-ended"
            : null;
    }
}
