using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Resolver;

/// <summary>
/// The Route 53 Resolver operations the sandbox answers: JSON 1.1, <c>X-Amz-Target: Route53Resolver.Op</c>, SigV4 service
/// <c>route53resolver</c> (botocore route53resolver/2018-04-01). Reads only: rules, endpoints and associations are made
/// by scenarios (<c>ResolverEdits</c>).
/// </summary>
internal static class ResolverApi
{
    public const string TargetPrefix = "Route53Resolver.";

    private static readonly FrozenDictionary<string, Func<JsonElement, SandboxWorld, JsonObject>> Operations =
        new Dictionary<string, Func<JsonElement, SandboxWorld, JsonObject>>(StringComparer.Ordinal)
        {
            ["ListResolverRuleAssociations"] = ResolverHandlers.ListRuleAssociations,
            ["GetResolverRule"] = ResolverHandlers.GetRule,
            ["GetResolverEndpoint"] = ResolverHandlers.GetEndpoint,
            ["ListResolverRules"] = ResolverHandlers.ListRules,
            ["ListResolverEndpoints"] = ResolverHandlers.ListEndpoints,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> OperationNames => Operations.Keys;

    public static ApiResponse Handle(string operation, byte[] body, SandboxState state)
    {
        if (!Operations.TryGetValue(operation, out var handler))
        {
            throw new ApiException("UnknownOperationException", $"Unknown operation {operation}");
        }

        using var document = Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ApiException("SerializationException", "The request body must be a JSON object");
        }

        var request = document.RootElement;
        var answer = state.Read(world => handler(request, world));
        return ApiResponse.Text(200, ApiResponse.AmzJson, answer.ToJsonString());
    }

    private static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
        }
        catch (JsonException ex)
        {
            throw new ApiException("SerializationException", "The request body is not valid JSON: " + ex.Message);
        }
    }
}
