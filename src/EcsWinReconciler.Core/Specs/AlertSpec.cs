namespace EcsWinReconciler.Core.Specs;

/// <summary>Findings at or above <see cref="MinimumSeverity"/> open alerts; open alerts remind every <see cref="ReminderInterval"/>.</summary>
public sealed record AlertSpec(Drift.Severity MinimumSeverity, TimeSpan ReminderInterval)
{
    /// <summary>Severities the spec sets per check (e.g. <c>dns.path: critical</c>), over each check's default.</summary>
    public Common.EquatableArray<KeyValuePair<string, Drift.Severity>> CheckSeverities { get; init; } = [];

    public static TimeSpan DefaultReminderInterval { get; } = TimeSpan.FromHours(24);

    public static AlertSpec Default { get; } = new(Drift.Severity.Medium, DefaultReminderInterval);
}
