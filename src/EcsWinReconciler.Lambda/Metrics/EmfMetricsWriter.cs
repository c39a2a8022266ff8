namespace EcsWinReconciler.Lambda.Metrics;

/// <summary>Writes embedded-metric-format lines to stdout (beside the JSON logs): one per invocation, one per check and severity found.</summary>
public sealed class EmfMetricsWriter(TextWriter output, string function)
{
    private readonly Lock _gate = new();

    public void Publish(DateTimeOffset timestamp, IReadOnlyList<MetricValue> metrics, IReadOnlyList<KeyValuePair<string, string>>? dimensions = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Count == 0)
        {
            return;
        }

        var line = EmfFormatter.Format(function, timestamp, metrics, dimensions);
        lock (_gate)
        {
            output.WriteLine(line);
        }
    }
}
