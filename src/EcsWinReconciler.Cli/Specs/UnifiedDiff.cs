namespace EcsWinReconciler.Cli.Specs;

/// <summary>
/// A line diff in unified format (<c>---</c>/<c>+++</c> headers, <c>@@ -a,b +c,d @@</c> hunks, three lines of
/// context), from a longest-common-subsequence edit script. Specs are short documents, so the quadratic table is fine.
/// </summary>
internal static class UnifiedDiff
{
    public const int Context = 3;

    /// <summary>The diff as lines (no trailing newlines); empty when the texts are equal.</summary>
    public static IReadOnlyList<string> Format(string before, string after, string fromLabel, string toLabel)
    {
        var script = Script(SplitLines(before), SplitLines(after));
        if (script.All(e => e.Op == DiffOp.Equal))
        {
            return [];
        }

        var lines = new List<string> { $"--- {fromLabel}", $"+++ {toLabel}" };
        foreach (var (start, end) in Hunks(script))
        {
            var hunk = script.Skip(start).Take(end - start).ToList();
            var oldCount = hunk.Count(e => e.Op != DiffOp.Insert);
            var newCount = hunk.Count(e => e.Op != DiffOp.Delete);
            var oldStart = oldCount == 0 ? hunk[0].OldIndex : hunk[0].OldIndex + 1;
            var newStart = newCount == 0 ? hunk[0].NewIndex : hunk[0].NewIndex + 1;
            lines.Add($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@");
            lines.AddRange(hunk.Select(e => e.Prefix + e.Text));
        }

        return lines;
    }

    /// <summary>The edit script: every line of both texts once, deletions before insertions within a change.</summary>
    internal static List<DiffEntry> Script(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var script = new List<DiffEntry>(a.Count + b.Count);
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                script.Add(new DiffEntry(DiffOp.Equal, a[x], x++, y++));
            }
            else if (y == b.Count || (x < a.Count && lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                script.Add(new DiffEntry(DiffOp.Delete, a[x], x++, y));
            }
            else
            {
                script.Add(new DiffEntry(DiffOp.Insert, b[y], x, y++));
            }
        }

        return script;
    }

    private static List<(int Start, int End)> Hunks(List<DiffEntry> script)
    {
        var hunks = new List<(int Start, int End)>();
        for (var k = 0; k < script.Count; k++)
        {
            if (script[k].Op == DiffOp.Equal)
            {
                continue;
            }

            var start = Math.Max(0, k - Context);
            var end = Math.Min(script.Count, k + Context + 1);
            if (hunks.Count > 0 && start <= hunks[^1].End)
            {
                hunks[^1] = (hunks[^1].Start, Math.Max(hunks[^1].End, end));
            }
            else
            {
                hunks.Add((start, end));
            }
        }

        return hunks;
    }

    private static List<string> SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
