using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EcsWinReconciler.Core.Networking;

/// <summary>An inclusive port range; <see cref="All"/> stands for "every port" (protocol -1 rules).</summary>
public readonly record struct PortRange(int From, int To)
{
    public const int MaxPort = 65535;

    public static readonly PortRange All = new(0, MaxPort);

    public bool IsAll => From == 0 && To == MaxPort;

    public bool Contains(PortRange other) => From <= other.From && other.To <= To;

    public bool Overlaps(PortRange other) => From <= other.To && other.From <= To;

    public static PortRange Single(int port) => new(port, port);

    /// <summary>Parses "80", "5985-5986" or "all".</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PortRange? range, out string? problem)
    {
        range = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "is empty";
            return false;
        }

        if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
        {
            range = All;
            return true;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var fromText = dash < 0 ? text : text[..dash];
        var toText = dash < 0 ? text : text[(dash + 1)..];
        if (!TryParsePort(fromText, out var from) || !TryParsePort(toText, out var to))
        {
            problem = $"is not a port or port range (expected 0-{MaxPort}, e.g. 80 or 5985-5986)";
            return false;
        }

        if (from > to)
        {
            problem = $"runs backwards ({from} > {to})";
            return false;
        }

        range = new PortRange(from, to);
        return true;
    }

    public override string ToString() => IsAll ? "all" : From == To ? From.ToString(CultureInfo.InvariantCulture) : $"{From}-{To}";

    private static bool TryParsePort(string text, out int port) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= MaxPort;
}
