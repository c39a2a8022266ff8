namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// The kinds of root each check's findings are rooted at (docs/DESIGN.md's catalogue). An exception names a check and a
/// resource; the resource must be a plausible id of one of these kinds, or it could never match a finding.
/// </summary>
public static class CheckRoots
{
    private static readonly RootKind[] TaskOnly = [RootKind.Task];
    private static readonly RootKind[] ServiceOrTask = [RootKind.Service, RootKind.Task];
    private static readonly RootKind[] PathBlockers = [RootKind.SecurityGroup, RootKind.NetworkAcl, RootKind.RouteTable];

    public static IReadOnlyList<RootKind> KindsOf(string check) => check switch
    {
        CheckIds.EniPresent or CheckIds.EniAttached or CheckIds.EniPrivateIpv4 or CheckIds.EniDescription => TaskOnly,
        CheckIds.EniSubnet or CheckIds.EniPublicIp or CheckIds.SecurityGroupSet or CheckIds.PrivateDnsName => ServiceOrTask,
        CheckIds.ForbiddenIngress => [RootKind.SecurityGroupRule],
        CheckIds.RequiredIngress => [RootKind.SecurityGroup],
        CheckIds.VpcDnsSupport or CheckIds.VpcDnsHostnames or CheckIds.DnsResolverRule => [RootKind.Vpc],
        CheckIds.DhcpDnsServers or CheckIds.DhcpDomainName or CheckIds.DhcpDomainNameMultiValue => [RootKind.DhcpOptions],
        CheckIds.HostEniCapacity or CheckIds.HostAwsvpcReady => [RootKind.Host],
        CheckIds.ServiceRolloutStuck => [RootKind.Service],
        CheckIds.EniSubnetCapacity => [RootKind.Subnet],
        CheckIds.DnsPath or CheckIds.AdPath => PathBlockers,
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "unknown check id"),
    };
}
