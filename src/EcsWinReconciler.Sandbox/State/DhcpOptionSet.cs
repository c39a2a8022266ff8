namespace EcsWinReconciler.Sandbox.State;

/// <summary>A DHCP option set: keys such as <c>domain-name</c> and <c>domain-name-servers</c>, each with its values.</summary>
public sealed class DhcpOptionSet
{
    public const string DomainName = "domain-name";
    public const string DomainNameServers = "domain-name-servers";

    public required string Id { get; init; }

    public List<DhcpConfiguration> Configurations { get; init; } = [];

    public IReadOnlyList<string> Values(string key) =>
        Configurations.FirstOrDefault(c => c.Key == key)?.Values ?? [];
}

/// <summary>One key of a DHCP option set with its values, in order.</summary>
public sealed record DhcpConfiguration(string Key, IReadOnlyList<string> Values);
