namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// Where a finding's cause lives, and so what to alert on and repair: tasks are evidence, the root is the thing to fix.
/// A service task's group set, subnet and public IP come from its service (<see cref="RootKind.Service"/>); a standalone
/// task's from itself (<see cref="RootKind.Task"/>); rule, VPC, DHCP and host findings from those resources.
/// </summary>
/// <remarks><see cref="Key"/> (<c>kind:id</c>) is stable: it is part of alert keys and stored with statuses.</remarks>
public sealed record FindingRoot(RootKind Kind, string Id)
{
    private static readonly (RootKind Kind, string Prefix)[] Prefixes =
    [
        (RootKind.Task, "task"),
        (RootKind.Service, "service"),
        (RootKind.SecurityGroupRule, "rule"),
        (RootKind.SecurityGroup, "group"),
        (RootKind.Vpc, "vpc"),
        (RootKind.DhcpOptions, "dhcp"),
        (RootKind.Host, "host"),
        (RootKind.NetworkAcl, "acl"),
        (RootKind.RouteTable, "rtb"),
        (RootKind.Subnet, "subnet"),
    ];

    public string Key => $"{PrefixOf(Kind)}:{Id}";

    /// <summary>A short name for subjects and tables: the service's or task's last ARN segment, a rule's or permission's group, else the id.</summary>
    public string ShortName => Kind switch
    {
        RootKind.Service or RootKind.Task => Id[(Id.LastIndexOf('/') + 1)..],
        RootKind.SecurityGroupRule or RootKind.SecurityGroup => Id.Split('/')[0],
        _ => Id,
    };

    /// <summary>What the root is, in words: "service iis-webserver", "VPC vpc-…".</summary>
    public string Describe() => Kind switch
    {
        RootKind.Task => $"task {ShortName}",
        RootKind.Service => $"service {ShortName} ({Id})",
        RootKind.SecurityGroupRule => $"security group rule {Id}",
        RootKind.SecurityGroup => $"security group {ShortName}",
        RootKind.Vpc => $"VPC {Id}",
        RootKind.DhcpOptions => $"DHCP options {Id}",
        RootKind.Host => $"host {Id}",
        RootKind.NetworkAcl => $"network ACL {Id}",
        RootKind.RouteTable => $"route table {Id}",
        RootKind.Subnet => $"subnet {Id}",
        _ => Id,
    };

    /// <summary>True when the root is one task: a fresh look at that task is a fresh look at the whole root.</summary>
    public bool IsTask => Kind == RootKind.Task;

    public static FindingRoot Task(string taskArn) => new(RootKind.Task, taskArn);

    public static FindingRoot Service(string serviceArn) => new(RootKind.Service, serviceArn);

    public static FindingRoot Rule(string groupId, string ruleId) => new(RootKind.SecurityGroupRule, $"{groupId}/{ruleId}");

    /// <summary>A permission the spec requires on a group (<c>sg-…/tcp:80:source</c>).</summary>
    public static FindingRoot GroupPermission(string groupId, string permissionKey) => new(RootKind.SecurityGroup, $"{groupId}/{permissionKey}");

    public static FindingRoot Vpc(string vpcId) => new(RootKind.Vpc, vpcId);

    public static FindingRoot Dhcp(string dhcpKey) => new(RootKind.DhcpOptions, dhcpKey);

    public static FindingRoot Host(string instanceId) => new(RootKind.Host, instanceId);

    public static FindingRoot Acl(string aclId) => new(RootKind.NetworkAcl, aclId);

    public static FindingRoot Routes(string routeTableId) => new(RootKind.RouteTable, routeTableId);

    public static FindingRoot Subnet(string subnetId) => new(RootKind.Subnet, subnetId);

    /// <summary>A set of security groups taken together (egress is allowed when any of them allows it): ids sorted, joined by '+'.</summary>
    public static FindingRoot GroupSet(IEnumerable<string> groupIds) => new(RootKind.SecurityGroup, string.Join('+', groupIds.Order(StringComparer.Ordinal)));

    /// <summary>The root a <see cref="Key"/> names; null when the text is not one (an unknown kind is not guessed at).</summary>
    public static FindingRoot? TryParse(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == key.Length - 1)
        {
            return null;
        }

        var prefix = key[..colon];
        foreach (var (kind, known) in Prefixes)
        {
            if (known == prefix)
            {
                return new FindingRoot(kind, key[(colon + 1)..]);
            }
        }

        return null;
    }

    private static string PrefixOf(RootKind kind)
    {
        foreach (var (known, prefix) in Prefixes)
        {
            if (known == kind)
            {
                return prefix;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown root kind");
    }
}

/// <summary>The kinds of thing a finding's cause can live on.</summary>
public enum RootKind
{
    Task,
    Service,
    SecurityGroupRule,
    SecurityGroup,
    Vpc,
    DhcpOptions,
    Host,
    NetworkAcl,
    RouteTable,
    Subnet,
}
