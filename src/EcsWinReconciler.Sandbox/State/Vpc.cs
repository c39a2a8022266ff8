namespace EcsWinReconciler.Sandbox.State;

/// <summary>A VPC: its CIDR, DHCP option set and the two DNS attributes ECS reads for task hostnames (docs/FACTS.md §3.2).</summary>
public sealed class Vpc
{
    public required string Id { get; init; }

    public required string CidrBlock { get; init; }

    /// <summary>The associated DHCP option set, or <c>default</c> (AmazonProvidedDNS, no domain name).</summary>
    public string DhcpOptionsId { get; set; } = "default";

    public bool EnableDnsSupport { get; set; } = true;

    public bool EnableDnsHostnames { get; set; }

    public bool EnableNetworkAddressUsageMetrics { get; set; }

    public bool IsDefault { get; init; }

    /// <summary>Resource tags (EC2 tagSet / ECS tags), by key.</summary>
    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);

    /// <summary>ECS names a task after its Amazon DNS hostname only when both attributes are on (docs/FACTS.md §3.2).</summary>
    public bool GivesTaskHostnames => EnableDnsSupport && EnableDnsHostnames;
}
