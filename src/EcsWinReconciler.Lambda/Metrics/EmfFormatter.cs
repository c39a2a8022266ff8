using System.Buffers;
using System.Text;
using System.Text.Json;

namespace EcsWinReconciler.Lambda.Metrics;

/// <summary>
/// CloudWatch embedded metric format: one JSON object per line whose <c>_aws.CloudWatchMetrics</c> directive names the
/// namespace, the dimension set and the metrics; the values sit at the top level beside the dimension's value.
/// CloudWatch Logs extracts them, so no PutMetricData call (and no IAM for it) is needed.
/// </summary>
internal static class EmfFormatter
{
    /// <param name="function">The Function dimension's value.</param>
    /// <param name="timestamp">When the metrics were taken.</param>
    /// <param name="metrics">The values.</param>
    /// <param name="dimensions">More dimensions of the same set, after Function (e.g. Check and Severity), with their values.</param>
    public static string Format(string function, DateTimeOffset timestamp, IReadOnlyList<MetricValue> metrics, IReadOnlyList<KeyValuePair<string, string>>? dimensions = null)
    {
        dimensions ??= [];
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("_aws");
            writer.WriteNumber("Timestamp", timestamp.ToUnixTimeMilliseconds());
            writer.WriteStartArray("CloudWatchMetrics");
            writer.WriteStartObject();
            writer.WriteString("Namespace", MetricNames.Namespace);
            writer.WriteStartArray("Dimensions");
            writer.WriteStartArray();
            writer.WriteStringValue(MetricNames.FunctionDimension);
            foreach (var dimension in dimensions)
            {
                writer.WriteStringValue(dimension.Key);
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteStartArray("Metrics");
            foreach (var metric in metrics)
            {
                writer.WriteStartObject();
                writer.WriteString("Name", metric.Name);
                writer.WriteString("Unit", metric.Unit);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteString(MetricNames.FunctionDimension, function);
            foreach (var dimension in dimensions)
            {
                writer.WriteString(dimension.Key, dimension.Value);
            }
            foreach (var metric in metrics)
            {
                writer.WriteNumber(metric.Name, metric.Value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
