using System.Text.Json;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>
/// Reads <c>spec.selector</c> from a stored spec document (the store keeps the canonical JSON, every default written
/// out). Only the selector is needed to know which tasks a spec governed; null when the document cannot say.
/// </summary>
internal static class SpecDocumentSelector
{
    public static TaskSelector? Read(string? document)
    {
        if (string.IsNullOrWhiteSpace(document))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(document);
            return json.RootElement.ValueKind == JsonValueKind.Object &&
                   json.RootElement.TryGetProperty("spec", out var spec) && spec.ValueKind == JsonValueKind.Object &&
                   spec.TryGetProperty("selector", out var selector) && selector.ValueKind == JsonValueKind.Object &&
                   Text(selector, "cluster") is { } cluster && Text(selector, "family") is { } family
                ? new TaskSelector(cluster, family) { Account = Text(selector, "account"), Region = Text(selector, "region") }
                : null;
        }
        catch (JsonException)
        {
            // Not JSON (a hand-written YAML item?): the caller falls back to every selection.
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
