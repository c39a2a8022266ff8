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
    bool DeploymentInProgress = false);
