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

    public static ObjectShape Object { get; } = new("the alert settings (severity, reminderInterval)", Severity, ReminderInterval);
}
