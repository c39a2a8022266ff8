using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Yaml;

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
        var perCheck = ReadSeverities(view);
        return severity.IsUsable && interval.IsUsable && perCheck is not null
            ? new AlertSpec(severity.Value, interval.Value) { CheckSeverities = perCheck.Value }
            : null;
    }

    /// <summary>The per-check severities, sorted by check so their order never makes two specs differ; null when the map is broken.</summary>
    private static EquatableArray<KeyValuePair<string, Severity>>? ReadSeverities(ObjectView view)
    {
        var node = view.ValueOf(AlertsShape.Severities);
        if (node is null)
        {
            return EquatableArray<KeyValuePair<string, Severity>>.Empty;
        }

        if (node is not MappingNode mapping || view.Diagnostics.IsBroken(mapping))
        {
            return null;
        }

        return mapping.Entries
            .Select(e => new KeyValuePair<string, Severity>(e.Key.Value, Enum.Parse<Severity>(((ScalarNode)e.Value).Value, ignoreCase: true)))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
