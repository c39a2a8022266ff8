using System.Globalization;
using System.Net;

namespace EcsWinReconciler.Sandbox.State;

/// <summary>A subnet; hands out private IPv4 addresses in order, starting above the addresses scenarios reserve.</summary>
public sealed class Subnet
{
    private int _nextHost = 20;

    public required string Id { get; init; }

    public required string VpcId { get; init; }

    /// <summary>An IPv4 /24 (the sandbox only allocates in the last octet).</summary>
    public required string CidrBlock { get; init; }

    public required string AvailabilityZone { get; init; }

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
