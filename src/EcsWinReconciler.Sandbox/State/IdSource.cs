using System.Globalization;
using System.Text;

namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// Every id the sandbox invents (resources, request ids, event ids, MACs), from one seeded generator: the same
/// seed and the same call order give the same ids.
/// </summary>
public sealed class IdSource(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary><paramref name="digits"/> lower-case hex digits.</summary>
    public string Hex(int digits)
    {
        var text = new StringBuilder(digits);
        for (var i = 0; i < digits; i++)
        {
            text.Append("0123456789abcdef"[_random.Next(16)]);
        }

        return text.ToString();
    }

    /// <summary>A modern EC2 id: the prefix, '-', then 17 hex digits starting with 0 (<c>sg-0a1b…</c>).</summary>
    public string Resource(string prefix) => $"{prefix}-0{Hex(16)}";

    /// <summary>A version-4-shaped UUID.</summary>
    public string Uuid()
    {
        var hex = Hex(32).ToCharArray();
        hex[12] = '4';
        hex[16] = "89ab"[_random.Next(4)];
        var s = new string(hex);
        return $"{s[..8]}-{s[8..12]}-{s[12..16]}-{s[16..20]}-{s[20..]}";
    }

    /// <summary>A locally administered unicast MAC (<c>02:xx:xx:xx:xx:xx</c>), like EC2's.</summary>
    public string MacAddress() =>
        "02:" + string.Join(':', Enumerable.Range(0, 5).Select(_ => Hex(2)));

    /// <summary>Decimal digits, the first one non-zero.</summary>
    public string Digits(int count) =>
        _random.Next(1, 10).ToString(CultureInfo.InvariantCulture) +
        string.Concat(Enumerable.Range(1, count - 1).Select(_ => _random.Next(10).ToString(CultureInfo.InvariantCulture)));

    /// <summary>A number in [0, 1) for rate-based faults.</summary>
    public double NextDouble() => _random.NextDouble();
}
