using System.Text.Json;
using EcsWinReconciler.Lambda.Metrics;

namespace EcsWinReconciler.Lambda.Tests.Metrics;

public sealed class EmfFormatterTests
{
    [Fact]
    public void Format_Metrics_IsOneEmbeddedMetricFormatDocument()
    {
        var line = EmfFormatter.Format("task-state", new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero),
        [
            MetricValue.Count(MetricNames.DriftFindings, 3),
            new(MetricNames.ReconcileDurationMs, 12.5, MetricNames.Milliseconds),
        ]);

        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var aws = root.GetProperty("_aws");
        Assert.Equal(1795608000000, aws.GetProperty("Timestamp").GetInt64());
        var directive = Assert.Single(aws.GetProperty("CloudWatchMetrics").EnumerateArray());
        Assert.Equal("EcsWinReconciler", directive.GetProperty("Namespace").GetString());
        var dimensionSet = Assert.Single(directive.GetProperty("Dimensions").EnumerateArray());
        Assert.Equal("Function", Assert.Single(dimensionSet.EnumerateArray()).GetString());
        var metrics = directive.GetProperty("Metrics").EnumerateArray().Select(m => (m.GetProperty("Name").GetString(), m.GetProperty("Unit").GetString())).ToList();
        Assert.Equal([("DriftFindings", "Count"), ("ReconcileDurationMs", "Milliseconds")], metrics);
        Assert.Equal("task-state", root.GetProperty("Function").GetString());
        Assert.Equal(3, root.GetProperty("DriftFindings").GetDouble());
        Assert.Equal(12.5, root.GetProperty("ReconcileDurationMs").GetDouble());
    }

    [Fact]
    public void Publish_NoMetrics_WritesNothing()
    {
        using var output = new StringWriter();

        new EmfMetricsWriter(output, "resync").Publish(DateTimeOffset.UnixEpoch, []);

        Assert.Empty(output.ToString());
    }
}
