using System.Text.RegularExpressions;

namespace EcsWinReconciler.Lambda.Tests.Repository;

/// <summary>
/// The sections of docs/FACTS.md that comments cite. A citation is <c>docs/FACTS.md §N.M</c>, possibly followed by
/// more sections (<c>§1.2, §4.1</c>, <c>§4.1/§4.3</c>), even across a line break of a <c>///</c> comment.
/// </summary>
internal static partial class FactsCitations
{
    public static IEnumerable<(string Path, string Section)> In(string path, string text) =>
        Citation().Matches(text).SelectMany(m => Section().Matches(m.Groups["sections"].Value).Select(s => (path, s.Groups["n"].Value)));

    /// <summary>Mentions of FACTS that are not a <c>docs/FACTS.md</c> citation (another file's name, a bare "FACTS §1").</summary>
    public static IEnumerable<string> Stray(string path, string text) =>
        AnyMention().Matches(text).Select(m => $"{path}: …{text.Substring(Math.Max(0, m.Index - 10), Math.Min(text.Length - Math.Max(0, m.Index - 10), 40))}…");

    /// <summary>
    /// The document's sections by the number their heading gives ("## 2. Telling…" is 2, "### 4.3 Security…" is 4.3),
    /// each with its text up to the next heading.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Sections(string facts)
    {
        var headings = Heading().Matches(facts);
        return headings.Select((m, i) => (m.Groups["n"].Value, facts[m.Index..(i + 1 < headings.Count ? headings[i + 1].Index : facts.Length)]))
            .ToDictionary(s => s.Item1, s => s.Item2, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"docs/FACTS\.md(?<sections>(?:[\s,/]|///|§\d+(?:\.\d+)?)+)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"§(?<n>\d+(?:\.\d+)?)")]
    private static partial Regex Section();

    [GeneratedRegex(@"(?<!docs/)\bFACTS\b(?!\.md §)")]
    private static partial Regex AnyMention();

    [GeneratedRegex(@"^#{2,3} (?<n>\d+(?:\.\d+)?)\.? ", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
