using System.Text;
using System.Text.Json;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Sns;

/// <summary>
/// What SNS Publish checks (docs/FACTS.md §5.5): Subject is ASCII, starts with a letter, digit or punctuation, has no line
/// breaks or control characters and is shorter than 100 characters; the message is at most 256 KB with its
/// attributes; <c>MessageStructure=json</c> needs a JSON object with a string <c>default</c>; attributes need a
/// known DataType and a non-empty value.
/// </summary>
internal static class PublishRules
{
    public const int MaxSubjectLength = 99;
    public const int MaxMessageBytes = 262_144;

    public static void CheckSubject(string? subject)
    {
        if (subject is null)
        {
            return;
        }

        var ok = subject.Length is > 0 and <= MaxSubjectLength &&
                 subject.All(c => c is >= ' ' and <= '~') &&
                 (char.IsAsciiLetterOrDigit(subject[0]) || char.IsPunctuation(subject[0]) || char.IsSymbol(subject[0]));
        if (!ok)
        {
            throw new ApiException("InvalidParameter", "Invalid parameter: Subject");
        }
    }

    public static void CheckMessage(string? message, string? structure, IReadOnlyList<PublishedAttribute> attributes)
    {
        if (string.IsNullOrEmpty(message))
        {
            throw new ApiException("InvalidParameter", "Invalid parameter: Empty message");
        }

        var size = Encoding.UTF8.GetByteCount(message) + attributes.Sum(a => Encoding.UTF8.GetByteCount(a.Name + a.DataType + a.Value));
        if (size > MaxMessageBytes)
        {
            throw new ApiException("InvalidParameter", "Invalid parameter: Message too long");
        }

        if (structure is not null && structure != "json")
        {
            throw new ApiException("InvalidParameter", "Invalid parameter: MessageStructure");
        }

        if (structure == "json" && !HasDefaultEntry(message))
        {
            throw new ApiException("InvalidParameter", "Invalid parameter: Message Structure - No default entry in JSON message body");
        }
    }

    public static IReadOnlyList<PublishedAttribute> Attributes(QueryParameters parameters) =>
        parameters.Structures("MessageAttributes.entry").Select(Attribute).ToList();

    private static PublishedAttribute Attribute(QueryParameters entry)
    {
        var name = entry.Required("Name");
        var type = entry["Value.DataType"] ?? string.Empty;
        var value = entry["Value.StringValue"] ?? entry["Value.BinaryValue"];
        var baseType = type.Split('.')[0];
        if (baseType is not ("String" or "Number" or "Binary"))
        {
            throw new ApiException("ParameterValueInvalid", $"The message attribute '{name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.");
        }

        return string.IsNullOrEmpty(value)
            ? throw new ApiException("ParameterValueInvalid", $"The message attribute '{name}' must contain non-empty message attribute value for message attribute type '{type}'.")
            : new PublishedAttribute(name, type, value);
    }

    private static bool HasDefaultEntry(string message)
    {
        try
        {
            using var document = JsonDocument.Parse(message);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                   document.RootElement.TryGetProperty("default", out var entry) &&
                   entry.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
