using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// How a service's rollout is going, from DescribeServices: its PRIMARY deployment as a <see cref="ServiceRollout"/> and
/// its newest events. ECS sends <c>rolloutState</c> only for rolling updates not behind a Classic Load Balancer; without
/// it the state is judged as ECS would judge it: COMPLETED once the primary runs its desired count and no older
/// deployment is still active, else IN_PROGRESS.
/// </summary>
internal static class EcsRolloutMapping
{
    /// <summary>The PRIMARY deployment; null when there is none, or it has no id or time to say since when it runs.</summary>
    public static ServiceRollout? ToRollout(IReadOnlyList<EcsDeployment> deployments)
    {
        var primary = deployments.FirstOrDefault(d => d.Status == EcsDeployment.Primary);
        if (primary is not { Id: { Length: > 0 } id } || (primary.CreatedAt ?? primary.UpdatedAt) is not { } startedAt)
        {
            return null;
        }

        return new ServiceRollout(
            id,
            primary.RolloutState ?? Judge(primary, deployments),
            primary.RolloutStateReason,
            startedAt,
            primary.DesiredCount ?? 0,
            primary.RunningCount ?? 0,
            primary.PendingCount ?? 0,
            primary.FailedTasks ?? 0);
    }

    /// <summary>
    /// Newest first, at most <see cref="ServiceEvent.Kept"/>. ECS already answers newest first; the sort is stable, so it
    /// only matters for an answer that is not. An event without a time or a message cannot be placed or read: left out.
    /// </summary>
    public static EquatableArray<ServiceEvent> RecentEvents(IReadOnlyList<EcsServiceEvent> events) =>
        events
            .Where(e => e.CreatedAt is not null && !string.IsNullOrEmpty(e.Message))
            .OrderByDescending(e => e.CreatedAt!.Value)
            .Take(ServiceEvent.Kept)
            .Select(e => new ServiceEvent(e.CreatedAt!.Value, e.Message!))
            .ToEquatableArray();

    private static string Judge(EcsDeployment primary, IReadOnlyList<EcsDeployment> deployments) =>
        deployments.Any(d => d != primary && d.Status == EcsDeployment.ActiveStatus) || (primary.RunningCount ?? 0) < (primary.DesiredCount ?? 0)
            ? ServiceRollout.InProgress
            : ServiceRollout.Completed;
}
