using System.Text.Json;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>What the alert messages SNS accepted announce: "kind alert-key" (kind from the message attribute, key from the JSON block).</summary>
internal static class AnnouncedAlerts
{
    private const string JsonMarker = "--- machine-readable ---\n";

    public static IReadOnlyList<string> Of(IEnumerable<PublishedMessage> messages) => [.. messages.Select(Describe)];

    public static string Describe(PublishedMessage message)
    {
        var json = message.Message[(message.Message.IndexOf(JsonMarker, StringComparison.Ordinal) + JsonMarker.Length)..];
        using var document = JsonDocument.Parse(json);
        return $"{message.Attribute("kind")} {document.RootElement.GetProperty("alertKey").GetString()}";
    }
}
