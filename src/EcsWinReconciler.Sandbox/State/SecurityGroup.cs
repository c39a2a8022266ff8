namespace EcsWinReconciler.Sandbox.State;

/// <summary>A security group and its rules (ingress and egress), each rule with its own <c>sgr-</c> id.</summary>
public sealed class SecurityGroup
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string VpcId { get; init; }

    public List<SecurityGroupRule> Rules { get; init; } = [];

    /// <summary>Resource tags (EC2 tagSet / ECS tags), by key.</summary>
    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);

    public IEnumerable<SecurityGroupRule> Ingress => Rules.Where(r => !r.IsEgress);

    public IEnumerable<SecurityGroupRule> Egress => Rules.Where(r => r.IsEgress);
}
