using System.Globalization;
using System.Net;

namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A subnet; hands out private IPv4 addresses in order, starting above the addresses scenarios reserve. Its free addresses
/// (DescribeSubnets <c>AvailableIpAddressCount</c>) are its size less the 5 AWS keeps, less one per ENI in it, less
/// <see cref="HeldAddresses"/>: so they go down as ENIs are created and up as they are deleted.
/// </summary>
public sealed class Subnet
{
    private int _nextHost = 20;

    public required string Id { get; init; }

    public required string VpcId { get; init; }

    /// <summary>An IPv4 /24 (the sandbox only allocates in the last octet).</summary>
    public required string CidrBlock { get; init; }

    public required string AvailabilityZone { get; init; }

    /// <summary>
    /// Addresses taken by what the sandbox does not model (Lambda ENIs, load balancer nodes, endpoints, addresses someone
    /// reserved): the knob that fills a subnet without thousands of ENIs.
    /// </summary>
    public int HeldAddresses { get; set; }

    /// <summary>Addresses ENIs can use: the block's size less the first four and the last, which AWS keeps.</summary>
    public int UsableAddresses => (1 << (32 - int.Parse(CidrBlock.AsSpan(CidrBlock.IndexOf('/', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture))) - 5;

    /// <summary>What DescribeSubnets reports, given how many ENIs the subnet holds (never below zero).</summary>
    public int AvailableAddresses(int enis) => Math.Max(0, UsableAddresses - enis - HeldAddresses);

    /// <summary>The next free private address (x.y.z.20, .21, …); deterministic for a given call order.</summary>
    public string AllocateAddress()
    {
        var network = IPAddress.Parse(CidrBlock[..CidrBlock.IndexOf('/', StringComparison.Ordinal)]).GetAddressBytes();
        if (_nextHost > 254)
        {
            throw new InvalidOperationException($"subnet {Id} has no free addresses left");
        }

        network[3] = (byte)_nextHost++;
        return string.Join('.', network.Select(b => b.ToString(CultureInfo.InvariantCulture)));
    }
}
