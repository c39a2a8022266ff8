using System.Text.RegularExpressions;

namespace EcsWinReconciler.Lambda.Tests.Repository;

/// <summary>The event ids of the <c>[LoggerMessage]</c> declarations in a source file, named or positional.</summary>
internal static partial class LogEventIds
{
    /// <summary>(method, id) per declaration; id null when the declaration gives none.</summary>
    public static IEnumerable<(string Method, int? Id)> In(string text) =>
        Declaration().Matches(text).Select(m => (m.Groups["method"].Value, Id(m.Groups["args"].Value)));

    private static int? Id(string arguments) =>
        (Named().Match(arguments) is { Success: true } named ? named : Positional().Match(arguments)) is { Success: true } id
            ? int.Parse(id.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"\[LoggerMessage\((?<args>.*?)\)\]\s*(?:(?:public|internal|private|static|partial)\s+)+\w+\s+(?<method>\w+)\(", RegexOptions.Singleline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\bEventId\s*=\s*(?<id>\d+)")]
    private static partial Regex Named();

    [GeneratedRegex(@"^\s*(?<id>\d+)\s*,")]
    private static partial Regex Positional();
}
