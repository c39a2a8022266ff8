using System.Text.Json.Nodes;

namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>ECS request bodies built as JSON objects (no brace juggling in test strings).</summary>
public static class EcsBodies
{
    public static string With(string baseJson, JsonNode networkConfiguration, params (string Name, JsonNode? Value)[] extra)
    {
        var body = JsonNode.Parse(baseJson)!.AsObject();
        body["networkConfiguration"] = networkConfiguration;
        foreach (var (name, value) in extra)
        {
            body[name] = value;
        }

        return body.ToJsonString();
    }

    public static JsonObject Network(string[] subnets, string[] groups, string assignPublicIp = "DISABLED") => new()
    {
        ["awsvpcConfiguration"] = new JsonObject
        {
            ["subnets"] = new JsonArray([.. subnets.Select(s => (JsonNode?)s)]),
            ["securityGroups"] = new JsonArray([.. groups.Select(g => (JsonNode?)g)]),
            ["assignPublicIp"] = assignPublicIp,
        },
    };
}
