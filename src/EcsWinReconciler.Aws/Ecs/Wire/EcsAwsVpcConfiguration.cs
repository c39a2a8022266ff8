namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary><c>awsvpcConfiguration</c>: subnets, security groups and <c>assignPublicIp</c> (ENABLED / DISABLED).</summary>
public sealed record EcsAwsVpcConfiguration
{
    public const string Enabled = "ENABLED";
    public const string Disabled = "DISABLED";

    public IReadOnlyList<string>? Subnets { get; init; }

    public IReadOnlyList<string>? SecurityGroups { get; init; }

    public string? AssignPublicIp { get; init; }
}
