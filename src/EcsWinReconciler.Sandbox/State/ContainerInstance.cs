namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A container instance: the EC2 host as ECS sees it, with the agent's attributes (<c>ecs.os-type</c>,
/// <c>ecs.os-family</c>, …; docs/FACTS.md §2).
/// </summary>
public sealed class ContainerInstance
{
    public const string OsTypeAttribute = "ecs.os-type";
    public const string OsFamilyAttribute = "ecs.os-family";
    public const string TaskEniAttribute = "ecs.capability.task-eni";

    public required string Id { get; init; }

    public required string Arn { get; init; }

    public required string ClusterName { get; init; }

    public required string Ec2InstanceId { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public List<KeyValuePair<string, string>> Attributes { get; init; } = [];

    /// <summary>Whether the agent advertises <c>ecs.capability.task-eni</c> (it turns it off when not started for task networking).</summary>
    public bool HasTaskEni => Attributes.Any(a => a.Key == TaskEniAttribute);

    public string Status { get; set; } = "ACTIVE";

    public bool AgentConnected { get; set; } = true;

    /// <summary><c>versionInfo.agentVersion</c>; a host on an old AMI runs an old agent.</summary>
    public string AgentVersion { get; set; } = "1.87.1";

    public long Version { get; set; } = 1;

    public string? Attribute(string name) => Attributes.FirstOrDefault(a => a.Key == name).Value;

    /// <summary><c>windows</c> or <c>linux</c>, from <c>ecs.os-type</c>.</summary>
    public string OsType => Attribute(OsTypeAttribute) ?? "linux";
}
