using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>Builds <see cref="AlertSpec"/> from the alerts section, defaults for what it leaves out.</summary>
internal static class AlertsBinder
{
    public static AlertSpec? Bind(ObjectView? view)
    {
        if (view is null)
        {
            return new AlertSpec(SpecDefaults.Severity, SpecDefaults.ReminderInterval);
        }

        var severity = view.Read(AlertsShape.Severity);
        var interval = view.Read(AlertsShape.ReminderInterval);
        return severity.IsUsable && interval.IsUsable ? new AlertSpec(severity.Value, interval.Value) : null;
    }
}
