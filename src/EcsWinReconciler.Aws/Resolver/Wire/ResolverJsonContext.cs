using System.Text.Json.Serialization;

namespace EcsWinReconciler.Aws.Resolver.Wire;

/// <summary>Source-generated (Native AOT) JSON for the Route 53 Resolver shapes: member names as the model spells them, nulls not sent.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ListResolverRuleAssociationsRequest))]
[JsonSerializable(typeof(ListResolverRuleAssociationsResponse))]
[JsonSerializable(typeof(GetResolverRuleRequest))]
[JsonSerializable(typeof(GetResolverRuleResponse))]
[JsonSerializable(typeof(GetResolverEndpointRequest))]
[JsonSerializable(typeof(GetResolverEndpointResponse))]
internal sealed partial class ResolverJsonContext : JsonSerializerContext;
