namespace EcsWinReconciler.Lambda.Metrics;

/// <summary>One metric datum: name, value, CloudWatch unit.</summary>
public sealed record MetricValue(string Name, double Value, string Unit)
{
    public static MetricValue Count(string name, long value) => new(name, value, MetricNames.Count);
}
