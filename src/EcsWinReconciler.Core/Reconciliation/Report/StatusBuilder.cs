using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>Builds a task's status from its judgement (pure): conditions per check group, findings with their handling.</summary>
internal static class StatusBuilder
{
    private static readonly (string Type, CheckGroup Group)[] ConditionGroups =
    [
        (StatusCondition.EniReady, CheckGroup.Eni),
        (StatusCondition.SecurityGroupsCompliant, CheckGroup.SecurityGroups),
        (StatusCondition.DnsCompliant, CheckGroup.Dns),
    ];

    /// <param name="task">The task as observed.</param>
    /// <param name="specName">The spec that judged it (null when none selects it).</param>
    /// <param name="generation">That spec's generation.</param>
    /// <param name="judgement">The verdict.</param>
    /// <param name="findings">The judgement's findings with what became of them and the alert each is listed in.</param>
    /// <param name="previous">The stored status (its conditions' transition times carry over).</param>
    /// <param name="now">The time of this reconcile.</param>
    /// <param name="stoppedRetention">How long a stopped task's status is kept.</param>
    public static TaskNetworkStatus Build(
        ObservedTask task, string? specName, long generation, Judgement judgement, EquatableArray<FindingRecord> findings,
        TaskNetworkStatus? previous, DateTimeOffset now, TimeSpan stoppedRetention)
    {
        var conditions = ConditionGroups.Select(c => Condition(c.Type, c.Group, judgement, previous, now)).ToEquatableArray();
        return new TaskNetworkStatus(
            task.TaskArn, task.ClusterArn, task.Family, specName, generation, task.Version, task.LastStatus,
            judgement.Kind, judgement.Reason, conditions, findings, now,
            judgement.Kind == JudgementKind.Stopped ? (previous?.ExpiresAt ?? now + stoppedRetention) : null)
        {
            Facts = judgement.Kind == JudgementKind.Stopped ? null : TaskFacts.Of(task),
        };
    }

    private static StatusCondition Condition(string type, CheckGroup group, Judgement judgement, TaskNetworkStatus? previous, DateTimeOffset now)
    {
        var (status, reason, message) = judgement.Kind != JudgementKind.Judged
            ? (ConditionStatus.Unknown, judgement.Kind.ToString(), judgement.Reason)
            : judgement.Findings.FirstOrDefault(f => f.Group == group) is { } first
                ? (ConditionStatus.False, first.Check, first.Message)
                : (ConditionStatus.True, "Compliant", "no drift");
        var before = previous?.Conditions.FirstOrDefault(c => c.Type == type);
        var since = before is not null && before.Status == status ? before.LastTransitionTime : now;
        return new StatusCondition(type, status, reason, message, since);
    }
}
