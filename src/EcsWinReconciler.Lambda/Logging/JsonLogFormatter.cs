using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Logging;

/// <summary>
/// Formats a log entry as one JSON line: <c>timestamp</c>, <c>level</c> (Lambda's names: INFO, WARN, …),
/// <c>message</c>, <c>category</c>, <c>eventId</c>/<c>eventName</c>, <c>requestId</c> and <c>taskArn</c> when a scope or
/// the message carries them, the other properties under <c>properties</c>, and the exception.
/// </summary>
internal static class JsonLogFormatter
{
    /// <summary>Properties lifted to the top level, so CloudWatch Logs Insights can filter on them directly.</summary>
    public static readonly IReadOnlyList<string> TopLevel = ["requestId", "taskArn"];

    private const string OriginalFormat = "{OriginalFormat}";
    private const int MaxExceptionDetail = 8192;

    private static readonly JsonWriterOptions Options = new()
    {
        // Logs are not HTML: keep '+', '<', quotes in messages and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(LogRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            var properties = Merge(record.Properties);
            writer.WriteStartObject();
            writer.WriteString("timestamp", record.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("level", LevelName(record.Level));
            writer.WriteString("message", LogValues.Cut(record.Message));
            writer.WriteString("category", record.Category);
            if (record.EventId.Id != 0)
            {
                writer.WriteNumber("eventId", record.EventId.Id);
            }

            if (!string.IsNullOrEmpty(record.EventId.Name))
            {
                writer.WriteString("eventName", record.EventId.Name);
            }

            foreach (var key in TopLevel.Where(properties.ContainsKey))
            {
                LogValues.Write(writer, key, properties[key]);
            }

            WriteProperties(writer, properties);
            WriteException(writer, record.Exception);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "TRACE",
        LogLevel.Debug => "DEBUG",
        LogLevel.Information => "INFO",
        LogLevel.Warning => "WARN",
        LogLevel.Error => "ERROR",
        LogLevel.Critical => "FATAL",
        _ => "NONE",
    };

    /// <summary>Later entries win (an inner scope over an outer one, the message over the scopes); order of first sight is kept.</summary>
    private static Dictionary<string, object?> Merge(IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (key != OriginalFormat)
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    private static void WriteProperties(Utf8JsonWriter writer, Dictionary<string, object?> properties)
    {
        var rest = properties.Where(p => !TopLevel.Contains(p.Key, StringComparer.Ordinal)).ToList();
        if (rest.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("properties");
        foreach (var (key, value) in rest)
        {
            LogValues.Write(writer, key, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteException(Utf8JsonWriter writer, Exception? exception)
    {
        if (exception is null)
        {
            return;
        }

        writer.WriteStartObject("exception");
        writer.WriteString("type", exception.GetType().FullName ?? exception.GetType().Name);
        writer.WriteString("message", LogValues.Cut(exception.Message));
        writer.WriteString("detail", LogValues.Cut(exception.ToString(), MaxExceptionDetail));
        writer.WriteEndObject();
    }
}
