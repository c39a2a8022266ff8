using System.Text;
using System.Text.Json;
using EcsWinReconciler.Sandbox.Diagnostics;
using EcsWinReconciler.Sandbox.Faults;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Admin.StateDump;

namespace EcsWinReconciler.Sandbox.Admin;

/// <summary>JSON bodies of the admin API (written by hand: no reflection-based serialization).</summary>
internal static class AdminJson
{
    /// <summary>The events as a JSON array of the EventBridge envelopes themselves.</summary>
    public static string Events(IReadOnlyList<TaskStateChangeEvent> events) => Write(json =>
    {
        json.WriteStartArray();
        foreach (var e in events)
        {
            json.WriteRawValue(e.Json);
        }

        json.WriteEndArray();
    });

    public static string Messages(IReadOnlyList<PublishedMessage> messages) => List(messages, (json, m) =>
    {
        json.WriteString("messageId", m.MessageId);
        json.WriteString("topicArn", m.TopicArn);
        json.WriteString("subject", m.Subject);
        json.WriteString("message", m.Message);
        json.WriteString("messageStructure", m.MessageStructure);
        json.WriteString("publishedAt", Timestamps.Iso(m.PublishedAt));
        json.WriteStartObject("attributes");
        foreach (var a in m.Attributes)
        {
            json.WriteStartObject(a.Name);
            json.WriteString("dataType", a.DataType);
            json.WriteString("value", a.Value);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    public static string Calls(CallLog calls) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("counts");
        foreach (var (key, count) in calls.Counts())
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
        Array(json, "calls", calls.Records(), c =>
        {
            json.WriteNumber("sequence", c.Sequence);
            json.WriteString("service", c.Service);
            json.WriteString("operation", c.Operation);
            json.WriteNumber("status", c.Status);
            json.WriteString("errorCode", c.ErrorCode);
            Optional(json, "accessKeyId", c.AccessKeyId);
            Optional(json, "account", c.Account);
            Optional(json, "region", c.Region);
        });
        json.WriteEndObject();
    });

    public static string Writes(IReadOnlyList<WriteRecord> writes) => List(writes, (json, w) =>
    {
        json.WriteNumber("sequence", w.Sequence);
        json.WriteString("service", w.Service);
        json.WriteString("operation", w.Operation);
        json.WriteString("resourceId", w.ResourceId);
        json.WriteString("summary", w.Summary);
    });

    public static string Faults(IReadOnlyList<FaultRule> rules) => List(rules, (json, r) =>
    {
        json.WriteString("service", r.Service);
        json.WriteString("operation", r.Operation);
        json.WriteString("kind", r.Kind.ToString());
        if (r.Times is { } times)
        {
            json.WriteNumber("times", times);
        }

        if (r.Rate is { } rate)
        {
            json.WriteNumber("rate", rate);
        }

        json.WriteNumber("delayMs", (long)r.Delay.TotalMilliseconds);
        json.WriteNumber("status", r.Status);
        Optional(json, "account", r.Account);
        Optional(json, "region", r.Region);
    });

    /// <summary>Writes the property only when it has a value, so answers from before accounts and regions keep their shape.</summary>
    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    public static string Scenarios(IEnumerable<Scenario> scenarios) => List(scenarios.ToList(), (json, s) =>
    {
        json.WriteString("name", s.Name);
        json.WriteString("description", s.Description);
    });

    private static string List<T>(IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write) => Write(json =>
    {
        json.WriteStartArray();
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
