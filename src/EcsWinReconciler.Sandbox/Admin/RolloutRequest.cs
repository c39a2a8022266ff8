using System.Text.Json;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.Sandbox.Admin;

/// <summary>
/// Reads a body posted to <c>/_sandbox/rollouts/stall</c> or <c>/_sandbox/rollouts/release</c>:
/// <c>{"service":"iis-webserver","cluster":"win-prod"}</c> (cluster optional, <c>win-prod</c> by default), and applies it.
/// </summary>
internal static class RolloutRequest
{
    public static string Apply(SandboxAdmin admin, string body, bool stall)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var service = Text(root, "service") ?? throw new FormatException("the body needs \"service\": the name of an ECS service, e.g. {\"service\":\"iis-webserver\"}");
        var cluster = Text(root, "cluster") ?? ScenarioIds.ClusterName;
        if (stall)
        {
            admin.StallRollout(service, cluster);
        }
        else
        {
            admin.ReleaseRollout(service, cluster);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("cluster", cluster);
            json.WriteString("service", service);
            json.WriteBoolean("stalled", stall);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
