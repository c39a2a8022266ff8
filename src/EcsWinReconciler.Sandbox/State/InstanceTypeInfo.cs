namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// An instance type's size and ENI limit (DescribeInstanceTypes NetworkInfo.MaximumNetworkInterfaces, the primary
/// ENI included). Without ENI trunking on Windows this is the hard cap on awsvpc tasks (docs/FACTS.md §3.1).
/// </summary>
public sealed record InstanceTypeInfo(string Name, int MaximumNetworkInterfaces, int Ipv4AddressesPerInterface, int VCpus, long MemoryMiB, string NetworkPerformance)
{
    /// <summary>m5.large: 2 vCPU, 8 GiB, 3 ENIs (1 primary + 2 task ENIs), 10 IPv4 per ENI.</summary>
    public static InstanceTypeInfo M5Large { get; } = new("m5.large", 3, 10, 2, 8192, "Up to 10 Gigabit");

    /// <summary>c5.large: 2 vCPU, 4 GiB, 3 ENIs (docs/FACTS.md §3.1's example).</summary>
    public static InstanceTypeInfo C5Large { get; } = new("c5.large", 3, 10, 2, 4096, "Up to 10 Gigabit");

    /// <summary>m5.xlarge: 4 vCPU, 16 GiB, 4 ENIs.</summary>
    public static InstanceTypeInfo M5XLarge { get; } = new("m5.xlarge", 4, 15, 4, 16384, "Up to 10 Gigabit");
}
