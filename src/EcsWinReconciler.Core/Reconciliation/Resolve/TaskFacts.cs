using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// What ECS said about a task that stays true for the task's whole life, kept with its status so a later sweep can judge
/// the task again without describing it: its task definition, host, service group, launch type and ENI attachment. ECS
/// provisions a task's ENI once, before the task runs, and releases it only when the task stops; the definition, host and
/// group of a task ARN never change. The task's state and event version are the status's own.
/// </summary>
/// <remarks>
/// The attachment is kept in one form whatever told it (events say type <c>eni</c>, DescribeTasks
/// <c>ElasticNetworkInterface</c>; details come in any order, some only in some sources), so an event and a DescribeTasks
/// of the same task record the same facts and a status never changes only because of where its facts came from.
/// </remarks>
public sealed record TaskFacts(
    string TaskDefinitionArn, string? Group, string? StartedBy, string? ContainerInstanceArn, string? LaunchType, TaskAttachment? Eni)
{
    /// <summary>The one type every kept attachment has.</summary>
    public const string EniType = "eni";

    /// <summary>The attachment details kept: the ones the checks and the trust in stored facts read.</summary>
    private static readonly string[] KeptDetails = ["networkInterfaceId", "privateDnsName", "privateIPv4Address", "subnetId"];

    /// <summary>The facts of a task as observed; none for a stopped task (nothing of it is judged again).</summary>
    public static TaskFacts? Of(ObservedTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsStopped ? null : new(task.TaskDefinitionArn, task.Group, task.StartedBy, task.ContainerInstanceArn, task.LaunchType, Kept(task.EniAttachment));
    }

    /// <summary>
    /// The task as these facts and its <paramref name="status"/> describe it, still wanted running (a sweep rebuilds only
    /// tasks ListTasks lists as desired RUNNING).
    /// </summary>
    public ObservedTask TaskOf(TaskNetworkStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new ObservedTask(status.TaskArn, status.ClusterArn, TaskDefinitionArn, Group, StartedBy, status.LastStatus, TaskLifecycle.Running,
            status.LastEventVersion, ContainerInstanceArn, LaunchType, Eni is null ? [] : [Eni]);
    }

    /// <summary>An ENI attachment in the one form facts keep it in (what a store reads back goes through here too).</summary>
    public static TaskAttachment KeptAttachment(string id, string? status, IEnumerable<KeyValuePair<string, string>> details)
    {
        var attachment = new TaskAttachment(id, EniType, status, [.. details]);
        return attachment with
        {
            Details = KeptDetails.Select(name => (Name: name, Value: attachment.Detail(name)))
                .Where(d => d.Value is not null)
                .Select(d => new KeyValuePair<string, string>(d.Name, d.Value!))
                .ToEquatableArray(),
        };
    }

    private static TaskAttachment? Kept(TaskAttachment? attachment) =>
        attachment is null ? null : KeptAttachment(attachment.Id, attachment.Status, attachment.Details);
}
