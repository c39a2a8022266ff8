namespace EcsWinReconciler.Lambda.Metrics;

/// <summary>Writes one embedded-metric-format line per invocation to stdout (beside the JSON logs).</summary>
public sealed class EmfMetricsWriter(TextWriter output, string function)
{
    private readonly Lock _gate = new();

    public void Publish(DateTimeOffset timestamp, IReadOnlyList<MetricValue> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Count == 0)
        {
            return;
        }

        var line = EmfFormatter.Format(function, timestamp, metrics);
        lock (_gate)
        {
            output.WriteLine(line);
        }
    }
}
