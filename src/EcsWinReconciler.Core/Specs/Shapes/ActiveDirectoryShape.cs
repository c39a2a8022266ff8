namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The Active Directory the tasks depend on: the domain controllers and, when it is not the DHCP domain, its domain.</summary>
internal static class ActiveDirectoryShape
{
    public const int MaxDomainControllers = 16;

    public static Field<ListShape<ScalarShape<string>>> DomainControllers { get; } = new(
        "domainControllers",
        new ListShape<ScalarShape<string>>(SpecScalars.Ipv4Address)
        {
            ItemsNoun = "domain controller IPv4 addresses",
            MinItems = 1,
            MaxItems = MaxDomainControllers,
            MaxReason = "more than 16 domain controllers is not a network a task reaches one by one",
            UniqueItems = true,
        },
        "The domain controllers' IPv4 addresses: the path to each is checked for DNS, Kerberos, RPC, LDAP, SMB and the global catalog.")
    {
        Required = true,
    };

    public static Field<ScalarShape<string>> Domain { get; } = new(
        "domain", SpecScalars.DomainName, "The Active Directory domain (e.g. corp.example.com); omitted: dns.domainName.");

    public static ObjectShape Object { get; } = new("the Active Directory (domainControllers, domain)", DomainControllers, Domain);
}
