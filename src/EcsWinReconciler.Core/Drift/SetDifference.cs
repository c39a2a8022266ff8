namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// How a wanted set of ids differs from an actual one, in the words findings use: "missing [a]; unexpected [b]".
/// Ordinal, sorted, so the wording is deterministic.
/// </summary>
internal static class SetDifference
{
    /// <summary>Null when nothing wanted is missing and (if <paramref name="reportUnexpected"/>) nothing extra is there.</summary>
    public static string? Describe(IEnumerable<string> wanted, IEnumerable<string> actual, bool reportUnexpected = true)
    {
        var want = wanted.ToHashSet(StringComparer.Ordinal);
        var have = actual.ToHashSet(StringComparer.Ordinal);
        var missing = want.Where(w => !have.Contains(w)).Order(StringComparer.Ordinal).ToList();
        var extra = reportUnexpected ? have.Where(h => !want.Contains(h)).Order(StringComparer.Ordinal).ToList() : [];
        if (missing.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        return string.Join("; ", new[]
        {
            missing.Count > 0 ? $"missing {FindingFactory.List(missing)}" : null,
            extra.Count > 0 ? $"unexpected {FindingFactory.List(extra)}" : null,
        }.OfType<string>());
    }
}
