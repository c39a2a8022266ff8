using System.Text.Json;
using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>Reads what a published alert message announces: its kind (opened, reminder, resolved) and the alert key from its JSON block.</summary>
internal static class PublishedAlert
{
    private const string JsonMarker = "--- machine-readable ---\n";

    public static string Describe(AlertMessage message)
    {
        var kind = message.Attributes.First(a => a.Key == "kind").Value;
        var json = message.Body[(message.Body.IndexOf(JsonMarker, StringComparison.Ordinal) + JsonMarker.Length)..];
        using var document = JsonDocument.Parse(json);
        return $"{kind} {document.RootElement.GetProperty("alertKey").GetString()}";
    }
}
