using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Observation;

/// <summary>The ECS service's <c>networkConfiguration.awsvpcConfiguration</c>: where new tasks get their ENI.</summary>
public sealed record ObservedService(
    string ServiceArn,
    string ServiceName,
    string ClusterArn,
    EquatableArray<string> Subnets,
    EquatableArray<string> SecurityGroups,
    bool AssignPublicIp);
