namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary><c>networkConfiguration</c> of a service (and of UpdateService).</summary>
public sealed record EcsNetworkConfiguration
{
    public EcsAwsVpcConfiguration? AwsvpcConfiguration { get; init; }
}
