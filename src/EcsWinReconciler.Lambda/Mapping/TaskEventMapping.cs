using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Events.Ecs;

namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>
/// "ECS Task State Change" → <see cref="ObservedTask"/>. Every attachment is kept with its type (the ENI is picked
/// by type, <c>eni</c> or <c>ElasticNetworkInterface</c>, never by position); details may be missing in early states.
/// </summary>
internal static class TaskEventMapping
{
    public static Parsed<ObservedTask> ToObservedTask(EventBridgeEvent<EcsTaskDetail> envelope)
    {
        if (envelope.Source != EventKinds.EcsSource || envelope.DetailType != EventKinds.TaskStateChange)
        {
            return Parsed<ObservedTask>.Fail($"expected source {EventKinds.EcsSource} and detail-type \"{EventKinds.TaskStateChange}\", got {Quote(envelope.Source)} and {Quote(envelope.DetailType)}");
        }

        if (envelope.Detail is not { } detail)
        {
            return Parsed<ObservedTask>.Fail("the event has no detail");
        }

        // JSON allows null anywhere; a null where an attachment or a name/value pair belongs makes the event malformed.
        if (detail.Attachments?.Any(a => a is null || a.Details?.Any(d => d is null) == true) == true)
        {
            return Parsed<ObservedTask>.Fail("detail.attachments holds a null attachment or detail");
        }

        var taskArn = detail.TaskArn ?? envelope.Resources?.FirstOrDefault(r => r?.Contains(":task/", StringComparison.Ordinal) == true);
        var missing = new (string Field, object? Value)[]
        {
            ("detail.taskArn", taskArn),
            ("detail.clusterArn", detail.ClusterArn),
            ("detail.taskDefinitionArn", detail.TaskDefinitionArn),
            ("detail.lastStatus", detail.LastStatus),
            ("detail.version", detail.Version),
        }.Where(f => f.Value is null or "").Select(f => f.Field).ToList();
        if (missing.Count > 0)
        {
            return Parsed<ObservedTask>.Fail($"the event lacks {string.Join(", ", missing)}");
        }

        return Parsed<ObservedTask>.Ok(new ObservedTask(
            taskArn!,
            detail.ClusterArn!,
            detail.TaskDefinitionArn!,
            detail.Group,
            detail.StartedBy,
            detail.LastStatus!,
            detail.DesiredStatus ?? detail.LastStatus!,
            detail.Version!.Value,
            detail.ContainerInstanceArn,
            detail.LaunchType,
            (detail.Attachments ?? []).Select(ToAttachment).ToEquatableArray()));
    }

    private static TaskAttachment ToAttachment(EcsAttachment attachment) => new(
        attachment.Id ?? string.Empty,
        attachment.Type ?? string.Empty,
        attachment.Status,
        (attachment.Details ?? [])
            .Where(d => !string.IsNullOrEmpty(d.Name))
            .Select(d => new KeyValuePair<string, string>(d.Name!, d.Value ?? string.Empty))
            .ToEquatableArray());

    private static string Quote(string? value) => value is null ? "none" : $"\"{value}\"";
}
