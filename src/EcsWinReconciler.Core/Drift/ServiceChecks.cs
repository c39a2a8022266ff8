using System.Globalization;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// The service's rollout: a deployment still IN_PROGRESS after <see cref="DriftContext.RolloutStuckAfter"/>, or FAILED,
/// leaves the old tasks (and their drift) in place and may never bring the new ones. On Windows the usual reason is hosts
/// out of ENI slots (no ENI trunking): ECS says <c>RESOURCE:ENI</c> in the service's events. Alert only; root: the service.
/// </summary>
public static class ServiceChecks
{
    /// <summary>The placement error ECS reports when no container instance has a free ENI slot.</summary>
    public const string EniPlacementError = "RESOURCE:ENI";

    internal static void Collect(TaskObservation observed, DriftContext? context, ref List<Finding>? findings)
    {
        if (context is null || observed.Service is not { Rollout: { } rollout } service || observed.Task.ServiceArn is null)
        {
            return;
        }

        var runningFor = context.ObservedAt - rollout.StartedAt;
        var failed = rollout.RolloutState == ServiceRollout.Failed;
        if (!failed && !(rollout.RolloutState == ServiceRollout.InProgress && runningFor >= context.RolloutStuckAfter))
        {
            return;
        }

        var limit = Minutes(context.RolloutStuckAfter);
        var progress = $"{rollout.RunningCount} of {rollout.DesiredCount} running, {rollout.PendingCount} pending, {rollout.FailedTasks} failed to start";
        var actual = failed ? $"FAILED after {Minutes(runningFor)}: {progress}" : $"IN_PROGRESS for {Minutes(runningFor)}: {progress}";
        FindingList.Add(ref findings, FindingFactory.FromLaunch(
            observed, CheckIds.ServiceRolloutStuck, observed.Task.ServiceArn, Severity.High,
            $"deployment completes within {limit}", actual, Message(service, rollout, observed, failed, runningFor, progress)));
    }

    private static string Message(ObservedService service, ServiceRollout rollout, TaskObservation observed, bool failed, TimeSpan runningFor, string progress)
    {
        var what = failed
            ? $"Service {service.ServiceName}'s deployment {rollout.DeploymentId} FAILED after {Minutes(runningFor)} ({progress})"
            : $"Service {service.ServiceName}'s deployment {rollout.DeploymentId} has been rolling out for {Minutes(runningFor)} ({progress})";
        var ecsSays = rollout.RolloutStateReason is { Length: > 0 } reason ? $" ECS says: {reason}" : string.Empty;
        var latest = service.RecentEvents.IsEmpty ? string.Empty : $" Latest service event: {service.RecentEvents[0].Message}";
        return $"{what}; until it completes, the old tasks and their network stay as they are.{ecsSays}{latest} {EniVerdict(service, observed)}";
    }

    /// <summary>Whether the hosts are out of ENI slots, from what ECS said and what this task's host shows.</summary>
    private static string EniVerdict(ObservedService service, TaskObservation observed)
    {
        var placement = service.RecentEvents.Any(e => e.Message.Contains(EniPlacementError, StringComparison.Ordinal));
        var host = observed.Host is { Free: 0 } full ? $" host {full.InstanceId} uses all {full.MaxInterfaces} of its ENIs;" : string.Empty;
        return placement
            ? $"The hosts are out of ENI slots: ECS could not place tasks ({EniPlacementError});{host} Windows has no ENI trunking, so add hosts or use an instance type with more ENIs."
            : host.Length > 0
                ? $"Out of ENI slots is likely:{host} Windows has no ENI trunking."
                : "ECS reported no ENI placement error (RESOURCE:ENI): look at the failed tasks' stopped reasons.";
    }

    private static string Minutes(TimeSpan span) => span.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " min";
}
