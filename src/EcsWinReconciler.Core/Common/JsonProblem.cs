using System.Text.Json;

namespace EcsWinReconciler.Core.Common;

/// <summary>
/// A System.Text.Json failure in words for people: the parser's complaint without the 0-based position suffix it
/// appends (<c>LineNumber: 0 | BytePositionInLine: 7</c>) or the .NET type it was reading into, and the position
/// 1-based, as editors count.
/// </summary>
public sealed record JsonProblem(string Message, string? Path, int? Line, int? Column)
{
    public static JsonProblem From(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message;
        foreach (var suffix in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(suffix, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        // "The JSON value could not be converted to Some.Namespace.Type`1[…]." names our types, not the input's problem.
        if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            message = "a value has the wrong type (an object, list, string or number where another is expected).";
        }

        var path = string.IsNullOrEmpty(error.Path) || error.Path == "$" ? null : error.Path;
        return new JsonProblem(message.Trim(), path, (int?)error.LineNumber + 1, (int?)error.BytePositionInLine + 1);
    }

    /// <summary><c>line 2, column 8: '}' is an invalid start of a value (at $.detail)</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"line {line}, column {Column ?? 1}: " : string.Empty;
        var path = Path is null ? string.Empty : $" (at {Path})";
        return $"{where}{Message.TrimEnd('.')}{path}";
    }
}
