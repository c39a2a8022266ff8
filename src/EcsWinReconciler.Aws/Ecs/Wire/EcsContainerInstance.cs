namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>A container instance: its EC2 instance, the agent's attributes (ecs.os-type, ecs.os-family, …), connection and version.</summary>
public sealed record EcsContainerInstance
{
    public string? ContainerInstanceArn { get; init; }

    public string? Ec2InstanceId { get; init; }

    public string? Status { get; init; }

    public bool? AgentConnected { get; init; }

    public EcsVersionInfo? VersionInfo { get; init; }

    public IReadOnlyList<EcsAttribute>? Attributes { get; init; }
}
