using System.Globalization;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Observation;

/// <summary>
/// An ECS task as DescribeTasks or an "ECS Task State Change" event shows it. Family and revision come from
/// the task definition ARN (<c>…:task-definition/FAMILY:REVISION</c>); the ENI attachment is chosen by type,
/// never by position.
/// </summary>
public sealed record ObservedTask(
    string TaskArn,
    string ClusterArn,
    string TaskDefinitionArn,
    string? Group,
    string? StartedBy,
    string LastStatus,
    string DesiredStatus,
    long Version,
    string? ContainerInstanceArn,
    string? LaunchType,
    EquatableArray<TaskAttachment> Attachments)
{
    public string TaskId => AwsIds.TaskId(TaskArn);

    public string ClusterName => AwsIds.ClusterName(ClusterArn);

    public string Family => SplitTaskDefinition().Family;

    public int? Revision => SplitTaskDefinition().Revision;

    /// <summary>The service name for service tasks (<c>group = service:NAME</c>), null for standalone tasks.</summary>
    public string? ServiceName =>
        Group is { } g && g.StartsWith("service:", StringComparison.Ordinal) ? g["service:".Length..] : null;

    /// <summary>
    /// The service's ARN in the long format (<c>arn:P:ecs:R:A:service/CLUSTER/NAME</c>, built from the task ARN): the same
    /// text for every task of the service, so it can name a root cause. Null for standalone tasks and non-ARN task ids.
    /// </summary>
    public string? ServiceArn => ServiceName is { } name && ArnParts() is { } arn
        ? $"arn:{arn.Partition}:ecs:{arn.Region}:{arn.Account}:service/{ClusterName}/{name}"
        : null;

    public TaskAttachment? EniAttachment
    {
        get
        {
            foreach (var attachment in Attachments)
            {
                if (attachment.IsEni)
                {
                    return attachment;
                }
            }

            return null;
        }
    }

    public bool IsRunning => LastStatus == TaskLifecycle.Running;

    public bool IsStopped => LastStatus is TaskLifecycle.Stopped or TaskLifecycle.Deleted;

    /// <summary>Region and account, from the task ARN (<c>arn:PARTITION:ecs:REGION:ACCOUNT:task/…</c>).</summary>
    public (string Partition, string Region, string Account)? ArnParts()
    {
        var parts = TaskArn.Split(':');
        return parts.Length >= 6 && parts[0] == "arn" ? (parts[1], parts[3], parts[4]) : null;
    }

    private (string Family, int? Revision) SplitTaskDefinition()
    {
        var slash = TaskDefinitionArn.LastIndexOf('/');
        var tail = slash >= 0 ? TaskDefinitionArn[(slash + 1)..] : TaskDefinitionArn;
        var colon = tail.LastIndexOf(':');
        return colon > 0 && int.TryParse(tail.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? (tail[..colon], revision)
            : (tail, null);
    }
}
