namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// Chooses the message attributes to send: String type only, non-empty names and values (SNS rejects empty ones),
/// valid names, first occurrence of a name wins, and at most 10 — an SQS subscription with raw message delivery
/// drops messages with more (docs/FACTS.md §5.5).
/// </summary>
public static class SnsMessageAttributes
{
    public const int MaxCount = 10;
    public const int MaxNameLength = 256;
    public const string DataType = "String";

    public static SnsAttributeSelection Select(IEnumerable<KeyValuePair<string, string>> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var kept = new List<KeyValuePair<string, string>>();
        var dropped = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            var reason = string.IsNullOrWhiteSpace(value) ? "empty value"
                : !IsValidName(name) ? "invalid name"
                : !seen.Add(name) ? "duplicate name"
                : kept.Count >= MaxCount ? $"more than {MaxCount} attributes"
                : null;
            if (reason is null)
            {
                kept.Add(new(name, value));
            }
            else
            {
                dropped.Add(new(name ?? string.Empty, reason));
            }
        }

        return new SnsAttributeSelection(kept, dropped);
    }

    /// <summary>Letters, digits, '_', '-', '.'; no leading, trailing or doubled '.'; not reserved (AWS., Amazon.).</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxNameLength &&
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') &&
        !name.StartsWith('.') && !name.EndsWith('.') && !name.Contains("..", StringComparison.Ordinal) &&
        !name.StartsWith("AWS.", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("Amazon.", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The attributes to send and, for the log, the ones left out with the reason.</summary>
public sealed record SnsAttributeSelection(IReadOnlyList<KeyValuePair<string, string>> Kept, IReadOnlyList<KeyValuePair<string, string>> Dropped);
