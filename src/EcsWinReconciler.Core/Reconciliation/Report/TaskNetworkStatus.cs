using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// What the reconciler last concluded about one task, Kubernetes-style: conditions, open findings, and the
/// spec generation it was judged against (<see cref="ObservedGeneration"/>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Written after every reconcile whose content differs from the stored one.</item>
/// <item>Never overwritten by an older <see cref="LastEventVersion"/> (ECS events arrive out of order).</item>
/// <item><see cref="ExpiresAt"/> is set once the task stopped, so DynamoDB TTL removes the record later.</item>
/// </list>
/// </remarks>
public sealed record TaskNetworkStatus(
    string TaskArn,
    string ClusterArn,
    string Family,
    string? SpecName,
    long ObservedGeneration,
    long LastEventVersion,
    string LastStatus,
    JudgementKind Judgement,
    string Reason,
    EquatableArray<StatusCondition> Conditions,
    EquatableArray<FindingRecord> Findings,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ExpiresAt)
{
    /// <summary>
    /// What ECS said about the task that holds for its whole life (null for a stopped task, and for statuses written before
    /// facts were kept): lets a sweep judge the task again without describing it (<see cref="StoredFactsTrust"/>).
    /// </summary>
    public TaskFacts? Facts { get; init; }

    /// <summary>True when everything but the timestamps is equal (no write needed).</summary>
    public bool SameContentAs(TaskNetworkStatus other) =>
        this with { UpdatedAt = default, Conditions = StripTimes(Conditions) } ==
        other with { UpdatedAt = default, Conditions = StripTimes(other.Conditions) };

    private static EquatableArray<StatusCondition> StripTimes(EquatableArray<StatusCondition> conditions) =>
        conditions.Select(c => c with { LastTransitionTime = default }).ToEquatableArray();
}
