using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Drift;

/// <summary>Builds findings with the fields every check fills the same way.</summary>
internal static class FindingFactory
{
    public static Finding ForTask(TaskObservation observed, string check, string resourceId, Severity severity, string expected, string actual, string message, Remedy? remedy = null) =>
        new(check, resourceId, severity, FindingScope.Task, expected, actual, [observed.Task.TaskArn], message, remedy ?? Remedy.AlertOnly);

    public static Finding Shared(TaskObservation observed, string check, string resourceId, Severity severity, string expected, string actual, string message, Remedy? remedy = null) =>
        new(check, resourceId, severity, FindingScope.Shared, expected, actual, [observed.Task.TaskArn], message, remedy ?? Remedy.AlertOnly);

    public static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return $"[{text}]";
    }
}
