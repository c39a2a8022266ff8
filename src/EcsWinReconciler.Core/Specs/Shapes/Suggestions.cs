using EcsWinReconciler.Core.Common;

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
            var distance = EditDistance.Between(written.ToLowerInvariant(), candidate.ToLowerInvariant());
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
}
