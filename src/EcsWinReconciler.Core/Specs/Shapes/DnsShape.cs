namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The VPC DNS attributes and DHCP options a task's DNS comes from.</summary>
internal static class DnsShape
{
    /// <summary>A DHCP option set holds at most 4 domain-name-servers (docs/FACTS.md §3.2).</summary>
    public const int MaxServers = 4;

    public static Field<ScalarShape<bool>> VpcDnsSupport { get; } = new(
        "vpcDnsSupport", Scalars.Boolean(), "The VPC's enableDnsSupport attribute; omitted: not checked.");

    public static Field<ScalarShape<bool>> VpcDnsHostnames { get; } = new(
        "vpcDnsHostnames", Scalars.Boolean(), "The VPC's enableDnsHostnames attribute (needs vpcDnsSupport); omitted: not checked.");

    public static Field<ListShape<ScalarShape<string>>> Servers { get; } = new(
        "servers",
        new ListShape<ScalarShape<string>>(SpecScalars.DnsServer)
        {
            ItemsNoun = "DNS servers (IPv4 addresses or AmazonProvidedDNS)",
            MinItems = 1,
            MaxItems = MaxServers,
            MaxReason = "a DHCP option set holds at most 4 DNS servers",
            UniqueItems = true,
        },
        "The DHCP option set's domain-name-servers: AmazonProvidedDNS or IPv4 addresses (e.g. AD domain controllers); omitted: not checked.");

    public static Field<ScalarShape<string>> DomainName { get; } = new(
        "domainName", SpecScalars.DomainName, "The DHCP option set's domain-name: one domain (Windows reads several as one); omitted: not checked.");

    public static ScalarField<PrivateDnsNamePolicy> PrivateDnsName { get; } = new(
        "privateDnsName",
        Scalars.OneOf(
            new EnumMember<PrivateDnsNamePolicy>("required", PrivateDnsNamePolicy.Required),
            new EnumMember<PrivateDnsNamePolicy>("any", PrivateDnsNamePolicy.Any)),
        SpecDefaults.PrivateDnsName,
        "required: the task ENI must have a private DNS name (needs both VPC DNS attributes true); any (default).");

    public static ObjectShape Object { get; } = new(
        "the task's DNS (vpcDnsSupport, vpcDnsHostnames, servers, domainName, privateDnsName)",
        VpcDnsSupport, VpcDnsHostnames, Servers, DomainName, PrivateDnsName);
}
