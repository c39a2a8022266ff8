using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>One entry of <c>spec.exceptions</c>: which check on which root, why, until when, under which ticket.</summary>
internal static class ExceptionShape
{
    /// <summary>How long an exception may run, from the moment it is validated, unless the caller says otherwise.</summary>
    public static TimeSpan DefaultMaxDuration { get; } = TimeSpan.FromDays(90);

    private static readonly string CheckPattern =
        $"^({string.Join("|", CheckIds.All.Select(c => c.Replace(".", "\\.", StringComparison.Ordinal)))})$";

    public static Field<ScalarShape<string>> Check { get; } = new(
        "check",
        Scalars.Text("a check id (e.g. sg.forbidden-ingress, dns.servers)", CheckPattern, explain: value =>
            CheckIds.All.Contains(value, StringComparer.Ordinal) ? null
            : $"{ScalarNode.Quote(value)} is not a check id{Suggestions.DidYouMean(value, CheckIds.All)}"),
        "The check whose findings are excepted (e.g. sg.forbidden-ingress).") { Required = true };

    public static Field<ScalarShape<string>> Resource { get; } = new(
        "resource",
        Scalars.Text("a resource id (up to 2048 characters)", "^\\S{1,2048}$"),
        "The root the findings are rooted at: a rule (sg-…/sgr-…) or group (sg-…), a VPC, a DHCP options set, an ACL, a route table, "
        + "a subnet, a host (i-…), a service (ARN or name) or a task (ARN or id), as the check's findings are rooted.") { Required = true };

    public static Field<ScalarShape<string>> Reason { get; } = new(
        "reason",
        Scalars.Text("a reason in words (up to 1024 characters)", "^[\\s\\S]*\\S[\\s\\S]*$", value => value.Trim().Length is > 0 and <= 1024),
        "Why the deviation is approved, in words; shown in status and alerts.") { Required = true };

    public static Field<ScalarShape<ExceptionExpiry>> Expires { get; } = new(
        "expires",
        new ScalarShape<ExceptionExpiry>(
            "a date (2027-01-31: until the end of that day, UTC) or a timestamp with its offset (2027-01-31T18:00:00Z)",
            JsonTypes.String,
            ParseExpiry,
            (writer, value) => writer.WriteStringValue(value.ToString()))
        {
            Pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$",
        },
        "When the exception lapses; at most 90 days ahead when it is applied. The finding re-opens at the next look after it.") { Required = true };

    public static Field<ScalarShape<string>> Ticket { get; } = new(
        "ticket",
        Scalars.Text("a ticket reference (up to 128 characters, no spaces)", "^\\S{1,128}$"),
        "The change or risk ticket that approved it (e.g. CHG-4711).");

    public static Field<ScalarShape<string>> By { get; } = new(
        "by",
        Scalars.Text("who added it (up to 256 characters)", "^.{1,256}$"),
        "Who added it (ewr except add writes the caller's identity).");

    public static Field<ScalarShape<DateTimeOffset>> Added { get; } = new(
        "added",
        new ScalarShape<DateTimeOffset>(
            "a UTC timestamp (2026-12-05T10:30:00Z)",
            JsonTypes.String,
            ParseAdded,
            (writer, value) => writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)))
        {
            Pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
        },
        "When it was added (ewr except add writes it).");

    public static ObjectShape Object { get; } = new("an exception (check, resource, reason, expires, ticket)", Check, Resource, Reason, Expires, Ticket, By, Added);

    private static bool ParseExpiry(ScalarNode node, out ExceptionExpiry value, out string? problem)
    {
        var ok = ExceptionExpiry.TryParse(node.Value, out value);
        problem = ok ? null : $"{ScalarNode.Quote(node.Value)} is not a date (2027-01-31) or a timestamp with its offset (2027-01-31T18:00:00Z)";
        return ok;
    }

    private static bool ParseAdded(ScalarNode node, out DateTimeOffset value, out string? problem)
    {
        var ok = ExceptionExpiry.TryParse(node.Value, out var parsed) && !parsed.DateOnly;
        value = parsed.LapsesAt;
        problem = ok ? null : $"{ScalarNode.Quote(node.Value)} is not a timestamp with its offset (2026-12-05T10:30:00Z)";
        return ok;
    }
}
