using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Alerting;

/// <summary>
/// Turns an alert notification into an SNS message: a Subject under 100 ASCII characters, a body a person reads
/// (with a JSON block for machines), and String attributes (severity, check, cluster, family, state, kind) for
/// subscription filter policies. Attributes are delivered only with the plain-string message structure.
/// </summary>
public static class AlertMessageFormatter
{
    public const int MaxSubjectLength = 99;

    /// <summary>Tasks listed by name in a message; the count says how many there are in all.</summary>
    public const int TaskSample = 10;

    private const string Product = "EcsWinReconciler";

    public static AlertMessage Format(AlertRecord alert, NotificationKind kind, DateTimeOffset at)
    {
        var state = kind switch
        {
            NotificationKind.Opened => "OPEN",
            NotificationKind.Reminder => "STILL OPEN",
            NotificationKind.Resolved => "RESOLVED",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown notification kind"),
        };
        var cluster = AwsIds.ClusterName(alert.ClusterArn);
        var rootName = alert.Root?.ShortName ?? alert.ResourceId.Split('/')[0];
        var subject = Subject($"[{Product}] {state} {alert.Severity.ToString().ToLowerInvariant()} {alert.Check} {rootName} {cluster}/{alert.Family}");
        var body = Body(alert, kind, state, at);
        KeyValuePair<string, string>[] attributes =
        [
            new("severity", alert.Severity.ToString().ToLowerInvariant()),
            new("check", alert.Check),
            new("cluster", cluster),
            new("family", alert.Family),
            new("state", alert.State == AlertState.Open ? "OPEN" : "RESOLVED"),
            new("kind", kind.ToString().ToLowerInvariant()),
        ];

        // A hub watching members: subscribers filter and route by account and region, read from the cluster's ARN.
        if (AccountRegion.OfArn(alert.ClusterArn) is { } place)
        {
            attributes = [.. attributes, new("account", place.Account), new("region", place.Region)];
        }

        return new AlertMessage(subject, body, [.. attributes], DeduplicationId(alert, kind));
    }

    /// <summary>ASCII only, no control characters, starts with a letter/digit/punctuation, under 100 characters.</summary>
    public static string Subject(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c : c is '\r' or '\n' or '\t' ? ' ' : '?');
        }

        var clean = builder.ToString().Trim();
        if (clean.Length == 0)
        {
            clean = Product;
        }

        return clean.Length <= MaxSubjectLength ? clean : clean[..(MaxSubjectLength - 3)] + "...";
    }

    private static string Body(AlertRecord alert, NotificationKind kind, string state, DateTimeOffset at)
    {
        var text = new StringBuilder();
        text.Append(kind == NotificationKind.Resolved
            ? $"{state}: {alert.Resolution?.Describe() ?? "the drift is gone"}.\nIt was: {alert.Message}\n\n"
            : $"{state}: {alert.Message}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Root cause: {alert.Root?.Describe() ?? alert.ResourceId}\n");
        text.Append(CultureInfo.InvariantCulture, $"Check:      {alert.Check} ({alert.Severity.ToString().ToLowerInvariant()})\n");
        text.Append(CultureInfo.InvariantCulture, $"Expected:   {alert.Expected}\n");
        text.Append(CultureInfo.InvariantCulture, $"Actual:     {alert.Actual}\n");
        if (kind != NotificationKind.Resolved && alert.Handling.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"Handling:   {alert.Handling}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Spec:       {alert.SpecName} (cluster {AwsIds.ClusterName(alert.ClusterArn)}, family {alert.Family})\n");
        if (AccountRegion.OfArn(alert.ClusterArn) is { } place)
        {
            text.Append(CultureInfo.InvariantCulture, $"Account:    {place.Account}, region {place.Region}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Opened:     {alert.OpenedAt:u}\n");
        if (kind == NotificationKind.Resolved)
        {
            text.Append(CultureInfo.InvariantCulture, $"Resolved:   {alert.ResolvedAt ?? at:u}\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"Tasks ({alert.AffectedTasks.Count}):\n");
            foreach (var task in alert.AffectedTasks.Take(TaskSample))
            {
                text.Append(CultureInfo.InvariantCulture, $"  - {task}\n");
            }

            if (alert.AffectedTasks.Count > TaskSample)
            {
                text.Append(CultureInfo.InvariantCulture, $"  … and {alert.AffectedTasks.Count - TaskSample} more\n");
            }
        }

        text.Append("\n--- machine-readable ---\n");
        text.Append(Json(alert, kind, at));
        return text.ToString();
    }

    private static string Json(AlertRecord alert, NotificationKind kind, DateTimeOffset at)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("alertKey", alert.Key);
            json.WriteString("kind", kind.ToString().ToLowerInvariant());
            json.WriteString("state", alert.State == AlertState.Open ? "OPEN" : "RESOLVED");
            json.WriteString("check", alert.Check);
            json.WriteString("severity", alert.Severity.ToString().ToLowerInvariant());
            json.WriteString("resourceId", alert.ResourceId);
            if (alert.Root is { } root)
            {
                json.WriteString("root", root.Key);
            }

            json.WriteString("spec", alert.SpecName);
            json.WriteString("clusterArn", alert.ClusterArn);
            if (AccountRegion.OfArn(alert.ClusterArn) is { } place)
            {
                json.WriteString("account", place.Account);
                json.WriteString("region", place.Region);
            }

            json.WriteString("family", alert.Family);
            json.WriteString("expected", alert.Expected);
            json.WriteString("actual", alert.Actual);
            json.WriteString("message", alert.Message);
            json.WriteString("handling", alert.Handling);
            json.WriteNumber("affectedTaskCount", alert.AffectedTasks.Count);
            json.WriteStartArray("affectedTasks");
            foreach (var task in alert.AffectedTasks.Take(TaskSample))
            {
                json.WriteStringValue(task);
            }

            json.WriteEndArray();
            json.WriteString("openedAt", alert.OpenedAt);
            if (alert.ResolvedAt is { } resolved)
            {
                json.WriteString("resolvedAt", resolved);
            }

            if (alert.Resolution is { } resolution)
            {
                json.WriteString("resolution", JsonNamingPolicy.CamelCase.ConvertName(resolution.Kind.ToString()));
                json.WriteString("resolutionDetail", resolution.Detail);
            }

            json.WriteString("sentAt", at);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Stable per (alert, transition): a retried publish of the same notification dedupes on FIFO topics.</summary>
    private static string DeduplicationId(AlertRecord alert, NotificationKind kind)
    {
        var seed = $"{alert.Key}|{kind}|{alert.OpenedAt.ToUnixTimeMilliseconds()}|{alert.NotificationsSent}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
    }
}
