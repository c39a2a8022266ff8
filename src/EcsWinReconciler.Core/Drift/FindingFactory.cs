using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Drift;

/// <summary>Builds findings with the fields every check fills the same way, and the root each kind of drift has.</summary>
internal static class FindingFactory
{
    /// <summary>Drift of the task itself (its ENI's state, address, description): the root is the task.</summary>
    public static Finding ForTask(TaskObservation observed, string check, string resourceId, Severity severity, string expected, string actual, string message, Remedy? remedy = null) =>
        new(check, resourceId, severity, FindingRoot.Task(observed.Task.TaskArn), expected, actual, [observed.Task.TaskArn], message, remedy ?? Remedy.AlertOnly);

    /// <summary>
    /// Drift a task got at launch from where it was launched (groups, subnet, public IP): the root is its service's
    /// awsvpcConfiguration, or the task itself when it is standalone.
    /// </summary>
    public static Finding FromLaunch(TaskObservation observed, string check, string resourceId, Severity severity, string expected, string actual, string message, Remedy? remedy = null) =>
        new(check, resourceId, severity, LaunchRoot(observed.Task), expected, actual, [observed.Task.TaskArn], message, remedy ?? Remedy.AlertOnly);

    /// <summary>Drift of a resource many tasks share (a rule, a VPC, a DHCP option set, a host): the finding's resource is the root's id.</summary>
    public static Finding Shared(TaskObservation observed, string check, FindingRoot root, Severity severity, string expected, string actual, string message, Remedy? remedy = null) =>
        new(check, root.Id, severity, root, expected, actual, [observed.Task.TaskArn], message, remedy ?? Remedy.AlertOnly);

    public static FindingRoot LaunchRoot(ObservedTask task) =>
        task.ServiceArn is { } service ? FindingRoot.Service(service) : FindingRoot.Task(task.TaskArn);

    public static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return $"[{text}]";
    }
}
