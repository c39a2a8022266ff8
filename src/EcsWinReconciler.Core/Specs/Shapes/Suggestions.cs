namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>"Did you mean" for misspelt field names and enum values: the closest candidate by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate, ignoring case, when it is close enough to be a likely typo; else null.</summary>
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        // Names longer than any field are never typos of one, and would make the distance table large.
        if (written.Length > 64)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(written.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // One edit in four characters (at least one, at most three) keeps "subnet"→"subnets" and drops "foo"→"eni".
        var allowed = Math.Clamp(written.Length / 4, 1, 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>"; did you mean "x"?" or nothing.</summary>
    public static string DidYouMean(string written, IEnumerable<string> candidates) =>
        Closest(written, candidates) is { } match ? $"; did you mean \"{match}\"?" : string.Empty;

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
