using System.Text.Json;
using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Ecs;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Resolver;

/// <summary>
/// The reads: rule associations (every VPC's autodefined one first, then those people made), rules and endpoints by id,
/// and their lists. Filters are <c>{Name, Values}</c>, values ORed, filters ANDed; MaxResults 1–100 with a NextToken.
/// </summary>
internal static class ResolverHandlers
{
    private static readonly string[] AssociationFilters = ["Name", "ResolverRuleId", "Status", "VPCId"];
    private static readonly string[] RuleFilters = ["CreatorRequestId", "DomainName", "Name", "ResolverEndpointId", "Status", "Type"];
    private static readonly string[] EndpointFilters = ["CreatorRequestId", "Direction", "HostVPCId", "Name", "ResolverEndpointId", "Status"];

    public static JsonObject ListRuleAssociations(JsonElement request, SandboxWorld world)
    {
        var filters = Filters(request, AssociationFilters);
        var all = world.Vpcs.Keys.Select(ResolverRuleAssociation.Autodefined).Concat(world.ResolverRuleAssociations.Values);
        var matching = all.Where(a => Matches(filters, name => name switch
        {
            "Name" => a.Name,
            "ResolverRuleId" => a.ResolverRuleId,
            "Status" => a.Status,
            _ => a.VpcId,
        })).ToList();
        return Listed(request, "ResolverRuleAssociations", matching, ResolverJson.Association);
    }

    public static JsonObject ListRules(JsonElement request, SandboxWorld world)
    {
        var filters = Filters(request, RuleFilters);
        var matching = AllRules(world).Where(r => Matches(filters, name => name switch
        {
            "DomainName" => r.DomainName,
            "Name" => r.Name,
            "ResolverEndpointId" => r.ResolverEndpointId,
            "Status" => "COMPLETE",
            "Type" => r.RuleType,
            _ => string.Empty,
        })).ToList();
        return Listed(request, "ResolverRules", matching, ResolverJson.Rule);
    }

    public static JsonObject ListEndpoints(JsonElement request, SandboxWorld world)
    {
        var filters = Filters(request, EndpointFilters);
        var matching = world.ResolverEndpoints.Values.Where(e => Matches(filters, name => name switch
        {
            "Direction" => e.Direction,
            "HostVPCId" => e.HostVpcId,
            "Name" => e.Name,
            "ResolverEndpointId" => e.Id,
            "Status" => e.Status,
            _ => string.Empty,
        })).ToList();
        return Listed(request, "ResolverEndpoints", matching, ResolverJson.Endpoint);
    }

    public static JsonObject GetRule(JsonElement request, SandboxWorld world)
    {
        var id = RequiredId(request, "ResolverRuleId");
        var rule = AllRules(world).FirstOrDefault(r => r.Id == id)
                   ?? throw NotFound($"Resolver rule with ID '{id}' does not exist.", "RESOLVER_RULE");
        return new JsonObject { ["ResolverRule"] = ResolverJson.Rule(rule) };
    }

    public static JsonObject GetEndpoint(JsonElement request, SandboxWorld world)
    {
        var id = RequiredId(request, "ResolverEndpointId");
        var endpoint = world.ResolverEndpoints.GetValueOrDefault(id)
                       ?? throw NotFound($"Resolver endpoint with ID '{id}' does not exist.", "RESOLVER_ENDPOINT");
        return new JsonObject { ["ResolverEndpoint"] = ResolverJson.Endpoint(endpoint) };
    }

    /// <summary>The Internet Resolver rule every account sees, then the account's own.</summary>
    private static IEnumerable<ResolverRule> AllRules(SandboxWorld world) =>
        world.ResolverRules.Values.Prepend(ResolverRule.InternetResolver(world.Region, DateTimeOffset.UnixEpoch));

    private static JsonObject Listed<T>(JsonElement request, string member, IReadOnlyList<T> items, Func<T, JsonObject> json)
    {
        var maxResults = request.Int("MaxResults");
        var (page, next) = EcsPaging.Page(items, maxResults, request.String("NextToken"));
        return new JsonObject { ["MaxResults"] = maxResults ?? 100, [member] = EcsJson.Array(page.Select(json)) }.With("NextToken", next);
    }

    private static List<(string Name, IReadOnlyList<string> Values)> Filters(JsonElement request, string[] supported)
    {
        var filters = new List<(string, IReadOnlyList<string>)>();
        if (!request.TryGetProperty("Filters", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return filters;
        }

        foreach (var filter in list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : throw new ApiException("SerializationException", "Filters must be a list"))
        {
            var name = filter.String("Name") ?? throw new ApiException("InvalidParameterException", "A filter needs a Name");
            if (!supported.Contains(name, StringComparer.Ordinal))
            {
                throw new ApiException("InvalidParameterException", $"[RSLVR-00102] Unknown filter name {name}");
            }

            filters.Add((name, filter.StringList("Values") ?? []));
        }

        return filters;
    }

    private static bool Matches(List<(string Name, IReadOnlyList<string> Values)> filters, Func<string, string?> value) =>
        filters.All(f => value(f.Name) is { } v && f.Values.Contains(v, StringComparer.Ordinal));

    private static string RequiredId(JsonElement request, string name) =>
        request.String(name) is { Length: > 0 } id ? id : throw new ApiException("InvalidParameterException", $"{name} is required.");

    private static ApiException NotFound(string message, string resourceType) =>
        new("ResourceNotFoundException", $"[RSLVR-00201] {message} ({resourceType})");
}
