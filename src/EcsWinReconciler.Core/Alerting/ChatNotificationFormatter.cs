using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Alerting;

/// <summary>
/// Renders an alert notification in the custom-notification format of AWS's chat integration (AWS Chatbot, now Amazon Q
/// Developer in chat applications), which turns an SNS message of this shape into a Slack or Teams card
/// (docs/FACTS.md §7): <c>version</c> "1.0", <c>source</c> "custom", <c>content</c> (title, markdown description, next
/// steps, keywords) and <c>metadata</c> (a thread per alert, so opened, reminders and resolved stay together).
/// </summary>
public static class ChatNotificationFormatter
{
    public const string Version = "1.0";
    public const string Source = "custom";

    /// <summary>The only text type the chat integration renders (the target platform's own markdown).</summary>
    public const string TextType = "client-markdown";

    /// <summary>Tasks named in the description; the count says how many there are.</summary>
    public const int TaskSample = 3;

    public static string Format(AlertRecord alert, NotificationKind kind, DateTimeOffset at, string id)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var (emoji, state) = kind switch
        {
            NotificationKind.Opened => (":red_circle:", "OPEN"),
            NotificationKind.Reminder => (":large_orange_circle:", "STILL OPEN"),
            // Closed by an exception, the drift is still there: no check mark (docs/DEPLOY.md, Exceptions).
            NotificationKind.Resolved when alert.Resolution?.Kind == ResolutionKind.Excepted => (":pause_button:", "RESOLVED (EXCEPTED)"),
            NotificationKind.Resolved => (":white_check_mark:", "RESOLVED"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown notification kind"),
        };
        var severity = alert.Severity.ToString().ToLowerInvariant();
        var cluster = AwsIds.ClusterName(alert.ClusterArn);
        var root = alert.Root?.Describe() ?? alert.ResourceId;

        // Relaxed escaping keeps markdown's backticks and non-ASCII readable; the JSON is never embedded in HTML.
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("source", Source);
            json.WriteString("id", id);
            json.WriteStartObject("content");
            json.WriteString("textType", TextType);
            json.WriteString("title", $"{emoji} {state} {severity} {alert.Check}: {root}");
            json.WriteString("description", Description(alert, kind, at, cluster));
            Strings(json, "nextSteps", NextSteps(alert, kind));
            Strings(json, "keywords", [severity, alert.Check, cluster, alert.Family]);
            json.WriteEndObject();
            json.WriteStartObject("metadata");
            json.WriteString("threadId", alert.Key);
            json.WriteString("summary", $"{state} {severity} {alert.Check} in {cluster}/{alert.Family}");
            json.WriteString("eventType", $"EcsWinReconciler alert {kind.ToString().ToLowerInvariant()}");
            Strings(json, "relatedResources", [alert.ResourceId.Split('/')[0], alert.ClusterArn]);
            json.WriteStartObject("additionalContext");
            json.WriteString("alertKey", alert.Key);
            json.WriteString("spec", alert.SpecName);
            json.WriteString("state", alert.State == AlertState.Open ? "OPEN" : "RESOLVED");
            json.WriteString("affectedTaskCount", alert.AffectedTasks.Count.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Description(AlertRecord alert, NotificationKind kind, DateTimeOffset at, string cluster)
    {
        var text = new StringBuilder();
        text.Append(kind == NotificationKind.Resolved
            ? $"{alert.Resolution?.Describe() ?? "The drift is gone"}.\nIt was: {alert.Message}\n"
            : $"{alert.Message}\n");
        text.Append(CultureInfo.InvariantCulture, $"*Root cause:* {alert.Root?.Describe() ?? alert.ResourceId}\n");
        text.Append(CultureInfo.InvariantCulture, $"*Expected:* {alert.Expected}\n*Actual:* {alert.Actual}\n");
        text.Append(CultureInfo.InvariantCulture, $"*Spec:* {alert.SpecName} (cluster {cluster}, family {alert.Family})\n");
        if (kind == NotificationKind.Resolved)
        {
            text.Append(CultureInfo.InvariantCulture, $"*Opened:* {alert.OpenedAt:u} *Resolved:* {alert.ResolvedAt ?? at:u}");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"*Opened:* {alert.OpenedAt:u}\n*Tasks ({alert.AffectedTasks.Count}):* ");
        text.AppendJoin(", ", alert.AffectedTasks.Take(TaskSample).Select(t => $"`{t[(t.LastIndexOf('/') + 1)..]}`"));
        if (alert.AffectedTasks.Count > TaskSample)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {alert.AffectedTasks.Count - TaskSample} more");
        }

        return text.ToString();
    }

    private static List<string> NextSteps(AlertRecord alert, NotificationKind kind) => kind == NotificationKind.Resolved
        ? ["Nothing to do: the alert is closed."]
        :
        [
            .. alert.Handling.Length > 0 ? [$"Handling: {alert.Handling}"] : Array.Empty<string>(),
            $"See the affected tasks: `ewr alerts` and `ewr status --cluster {AwsIds.ClusterName(alert.ClusterArn)}`",
        ];

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
