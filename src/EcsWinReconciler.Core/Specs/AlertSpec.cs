namespace EcsWinReconciler.Core.Specs;

/// <summary>Findings at or above <see cref="MinimumSeverity"/> open alerts; open alerts remind every <see cref="ReminderInterval"/>.</summary>
public sealed record AlertSpec(Drift.Severity MinimumSeverity, TimeSpan ReminderInterval)
{
    public static TimeSpan DefaultReminderInterval { get; } = TimeSpan.FromHours(24);

    public static AlertSpec Default { get; } = new(Drift.Severity.Medium, DefaultReminderInterval);
}
