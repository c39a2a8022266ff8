namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// How long EC2 reads stay fresh in <see cref="Ec2ReadCache"/>, within one invocation and across warm ones
/// (DESIGN.md: cache VPC / DHCP / security-group reads briefly; docs/FACTS.md §4.6: Describe* buckets refill at 20/s).
/// <see cref="TimeSpan.Zero"/> turns caching off for that kind; concurrent callers still share one in-flight call.
/// </summary>
public sealed record Ec2CacheOptions
{
    /// <summary>enableDnsSupport / enableDnsHostnames and the VPC's DHCP option set id. Changes are rare and VPC-wide.</summary>
    public TimeSpan VpcDnsTtl { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A DHCP option set's content. Option sets are immutable in EC2 (a change is a new set), so this can be long.</summary>
    public TimeSpan DhcpOptionsTtl { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Security groups and their ingress rules: short, because people edit them out of band.</summary>
    public TimeSpan SecurityGroupTtl { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>An instance type's ENI limit: a fact of the hardware, it does not change.</summary>
    public TimeSpan InstanceTypeTtl { get; init; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Which type a host is (or that it is gone). EC2 changes an instance's type only while it is stopped, and a stopped
    /// host runs no task, so this can be long; it expires only to notice a host that was stopped, resized and started.
    /// </summary>
    public TimeSpan HostInstanceTypeTtl { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many ENIs a host has attached. Every task start or stop on the host changes it, so it is short: it turns a
    /// burst of events on one host into one count, and the capacity warning is at most this late.
    /// </summary>
    public TimeSpan HostEniCountTtl { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A subnet with its free-address count, network ACL, route table and VPC block: a minute, like the VPC's DNS. Free
    /// addresses move with every task, but the check asks for headroom, not an exact count; an ACL, route or association
    /// change that CloudTrail reports drops them at once (<see cref="Ec2ReadCache.Forget"/>).
    /// </summary>
    public TimeSpan SubnetTtl { get; init; } = TimeSpan.FromMinutes(1);

    public static Ec2CacheOptions Default { get; } = new();

    /// <summary>No reuse of results: every call reaches EC2 (in-flight sharing only).</summary>
    public static Ec2CacheOptions Disabled { get; } = new()
    {
        VpcDnsTtl = TimeSpan.Zero,
        DhcpOptionsTtl = TimeSpan.Zero,
        SecurityGroupTtl = TimeSpan.Zero,
        InstanceTypeTtl = TimeSpan.Zero,
        HostInstanceTypeTtl = TimeSpan.Zero,
        HostEniCountTtl = TimeSpan.Zero,
        SubnetTtl = TimeSpan.Zero,
    };
}
