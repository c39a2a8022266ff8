namespace EcsWinReconciler.Core.Alerting;

/// <summary>The messages an alert sends: one on open, reminders while open, one on resolve.</summary>
public enum NotificationKind
{
    Opened,
    Reminder,
    Resolved,
}
