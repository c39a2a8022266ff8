using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Observation;

/// <summary>
/// The ECS service's <c>networkConfiguration.awsvpcConfiguration</c> (where new tasks get their ENI), and whether a
/// deployment is rolling out: then its tasks are being replaced at the deployment's pace and must not be stopped here.
/// </summary>
public sealed record ObservedService(
    string ServiceArn,
    string ServiceName,
    string ClusterArn,
    EquatableArray<string> Subnets,
    EquatableArray<string> SecurityGroups,
    bool AssignPublicIp,
    bool DeploymentInProgress = false)
{
    /// <summary>The primary (newest) deployment as ECS reports it; null when ECS reported none.</summary>
    public ServiceRollout? Rollout { get; init; }

    /// <summary>The service's most recent events, newest first (at most <see cref="ServiceEvent.Kept"/>).</summary>
    public EquatableArray<ServiceEvent> RecentEvents { get; init; } = [];
}

/// <summary>
/// The primary deployment of a service (DescribeServices <c>deployments[]</c> with status PRIMARY): its rollout state
/// (<c>IN_PROGRESS | COMPLETED | FAILED</c>) and why, when it started, and how far it got.
/// </summary>
public sealed record ServiceRollout(
    string DeploymentId,
    string RolloutState,
    string? RolloutStateReason,
    DateTimeOffset StartedAt,
    int DesiredCount,
    int RunningCount,
    int PendingCount,
    int FailedTasks)
{
    public const string InProgress = "IN_PROGRESS";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";
}

/// <summary>One entry of a service's event log (DescribeServices <c>events[]</c>): e.g. "unable to place a task … RESOURCE:ENI".</summary>
public sealed record ServiceEvent(DateTimeOffset At, string Message)
{
    /// <summary>How many recent events an observation keeps: enough to say why a rollout stalls.</summary>
    public const int Kept = 5;
}
