using System.Globalization;

namespace EcsWinReconciler.Cli.Output;

/// <summary>Ages as kubectl prints them: 45s, 12m, 5h, 3d (coarser as they grow; never negative).</summary>
internal static class Age
{
    public static string Format(TimeSpan age)
    {
        var seconds = Math.Max(0, (long)age.TotalSeconds);
        return seconds switch
        {
            < 120 => Invariant($"{seconds}s"),
            < 120 * 60 => Invariant($"{seconds / 60}m"),
            < 48 * 3600 => Invariant($"{seconds / 3600}h"),
            _ => Invariant($"{seconds / 86400}d"),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
