using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>When drift opens an alert and how often an open alert reminds.</summary>
internal static class AlertsShape
{
    public static ScalarField<Severity> Severity { get; } = new(
        "severity",
        Scalars.OneOf(
            new EnumMember<Severity>("low", Drift.Severity.Low),
            new EnumMember<Severity>("medium", Drift.Severity.Medium),
            new EnumMember<Severity>("high", Drift.Severity.High),
            new EnumMember<Severity>("critical", Drift.Severity.Critical)),
        SpecDefaults.Severity,
        "Findings at or above this severity open alerts: low, medium (default), high or critical.");

    public static ScalarField<TimeSpan> ReminderInterval { get; } = new(
        "reminderInterval",
        SpecScalars.Duration,
        SpecDefaults.ReminderInterval,
        "How often an open alert is sent again: e.g. 30m, 6h, 1d (default 1d, at most 30d).");

    /// <summary>The severity spellings, as the per-check map's values take them.</summary>
    public static ScalarShape<string> SeverityName { get; } = Scalars.Text("one of low, medium, high, critical", "^(low|medium|high|critical)$");

    public static Field<MapShape> Severities { get; } = new(
        "severities",
        new MapShape($"^({string.Join("|", Drift.CheckIds.All.Select(c => c.Replace(".", "\\.", StringComparison.Ordinal)))})$", "a check id (e.g. dns.path, sg.set)", SeverityName),
        "Severities per check, over each check's default (e.g. dns.path: critical).");

    public static ObjectShape Object { get; } = new("the alert settings (severity, reminderInterval, severities)", Severity, ReminderInterval, Severities);
}
