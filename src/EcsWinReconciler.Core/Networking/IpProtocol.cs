using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EcsWinReconciler.Core.Networking;

/// <summary>
/// An IP protocol as EC2 names it: "-1" means every protocol; tcp/udp/icmp/icmpv6 by name; any other by number.
/// Names and numbers are normalised so "6" and "tcp" are the same protocol.
/// </summary>
public readonly record struct IpProtocol(int Number)
{
    public const int AllNumber = -1;

    public static readonly IpProtocol All = new(AllNumber);
    public static readonly IpProtocol Tcp = new(6);
    public static readonly IpProtocol Udp = new(17);
    public static readonly IpProtocol Icmp = new(1);
    public static readonly IpProtocol IcmpV6 = new(58);

    public bool IsAll => Number == AllNumber;

    /// <summary>Only tcp and udp rules carry port ranges; for the others EC2 ignores the ports.</summary>
    public bool HasPorts => this == Tcp || this == Udp;

    /// <summary>True when traffic of <paramref name="other"/> is also traffic of this protocol.</summary>
    public bool Covers(IpProtocol other) => IsAll || this == other;

    public bool Overlaps(IpProtocol other) => IsAll || other.IsAll || this == other;

    public static bool TryParse(string? text, [NotNullWhen(true)] out IpProtocol? protocol)
    {
        protocol = text?.Trim().ToLowerInvariant() switch
        {
            "-1" or "all" => All,
            "tcp" => Tcp,
            "udp" => Udp,
            "icmp" => Icmp,
            "icmpv6" => IcmpV6,
            { } n when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 255 => new IpProtocol(number),
            _ => null,
        };
        return protocol is not null;
    }

    public static IpProtocol Parse(string text) =>
        TryParse(text, out var protocol) ? protocol.Value : throw new FormatException($"\"{text}\" is not an IP protocol");

    /// <summary>The name EC2 uses on the wire.</summary>
    public override string ToString() => Number switch
    {
        AllNumber => "-1",
        6 => "tcp",
        17 => "udp",
        1 => "icmp",
        58 => "icmpv6",
        _ => Number.ToString(CultureInfo.InvariantCulture),
    };
}
