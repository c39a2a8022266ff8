using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace EcsWinReconciler.Core.Networking;

/// <summary>An IPv4 or IPv6 CIDR block held as (family, network bits, prefix length).</summary>
/// <remarks>Addresses are stored as 128-bit integers; IPv4 uses the low 32 bits.</remarks>
public readonly record struct Cidr(AddressFamily Family, UInt128 Network, int PrefixLength)
{
    public static readonly Cidr AnyIPv4 = new(AddressFamily.InterNetwork, UInt128.Zero, 0);
    public static readonly Cidr AnyIPv6 = new(AddressFamily.InterNetworkV6, UInt128.Zero, 0);

    public bool IsIPv6 => Family == AddressFamily.InterNetworkV6;

    private int Width => IsIPv6 ? 128 : 32;

    /// <summary>True for 0.0.0.0/0 and ::/0: the whole internet of that family.</summary>
    public bool IsWorld => PrefixLength == 0;

    /// <summary>Parses "a.b.c.d/n" or "x::y/n". Host bits must be zero (AWS stores the network).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Cidr? cidr, out string? problem)
    {
        cidr = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "is empty";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1)
        {
            problem = "is not a CIDR block (expected address/prefix, e.g. 10.0.0.0/16 or ::/0)";
            return false;
        }

        if (!IPAddress.TryParse(text.AsSpan(0, slash), out var address) ||
            address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6) ||
            (address.AddressFamily == AddressFamily.InterNetwork && text[..slash].Count(c => c == '.') != 3))
        {
            problem = $"has an invalid address \"{text[..slash]}\"";
            return false;
        }

        var width = address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        if (!int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, null, out var prefix) || prefix > width)
        {
            problem = $"has an invalid prefix length \"{text[(slash + 1)..]}\" (0-{width})";
            return false;
        }

        var bits = ToBits(address);
        var network = bits & Mask(prefix, width);
        if (network != bits)
        {
            var suggestion = new Cidr(address.AddressFamily, network, prefix);
            problem = $"has host bits set; did you mean {suggestion}?";
            return false;
        }

        cidr = new Cidr(address.AddressFamily, network, prefix);
        return true;
    }

    /// <summary>The single address <paramref name="text"/> as a /32 (or /128) block; null when it is not an address.</summary>
    public static Cidr? Host(string? text) =>
        text is not null && IPAddress.TryParse(text, out var address) && address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 &&
        (address.AddressFamily != AddressFamily.InterNetwork || text.Count(c => c == '.') == 3)
            ? new Cidr(address.AddressFamily, ToBits(address), address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32)
            : null;

    /// <summary>
    /// The single address <paramref name="offset"/> after this block's network address, e.g. the VPC resolver at the VPC's
    /// base + 2 (<c>10.0.0.0/16</c> → <c>10.0.0.2/32</c>).
    /// </summary>
    public Cidr AddressAt(int offset) => new(Family, Network + (UInt128)offset, Width);

    /// <summary>The address of a single-address block, as text (no prefix).</summary>
    public string AddressText => IsIPv6 ? new IPAddress(ToBytes(Network, 16)).ToString() : new IPAddress(ToBytes(Network, 4)).ToString();

    public static Cidr Parse(string text) =>
        TryParse(text, out var cidr, out var problem) ? cidr.Value : throw new FormatException($"\"{text}\" {problem}");

    /// <summary>True when every address of <paramref name="other"/> is inside this block.</summary>
    public bool Contains(Cidr other) =>
        Family == other.Family &&
        PrefixLength <= other.PrefixLength &&
        (other.Network & Mask(PrefixLength, Width)) == Network;

    public bool Overlaps(Cidr other) => Contains(other) || other.Contains(this);

    public override string ToString()
    {
        var address = IsIPv6 ? new IPAddress(ToBytes(Network, 16)) : new IPAddress(ToBytes(Network, 4));
        return $"{address}/{PrefixLength}";
    }

    private static UInt128 Mask(int prefix, int width)
    {
        if (prefix == 0)
        {
            return UInt128.Zero;
        }

        var all = width == 128 ? UInt128.MaxValue : (UInt128)uint.MaxValue;
        return (all << (width - prefix)) & all;
    }

    private static UInt128 ToBits(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        UInt128 value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private static byte[] ToBytes(UInt128 value, int length)
    {
        var bytes = new byte[length];
        for (var i = length - 1; i >= 0; i--)
        {
            bytes[i] = (byte)(value & 0xFF);
            value >>= 8;
        }

        return bytes;
    }
}
