using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EcsWinReconciler.Aws.Configuration.Transport;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Aws.Resolver.Wire;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Resolver;

/// <summary>
/// Route 53 Resolver over its JSON 1.1 protocol (<c>POST /</c>, <c>X-Amz-Target: Route53Resolver.&lt;Op&gt;</c>, SigV4 service
/// <c>route53resolver</c>) on the same AWSSDK.Core pipeline as ECS (signing, retries, endpoints): the three reads the
/// forwarding-rule check needs. AWSSDK.Route53Resolver is not served here; this is the one type to replace when it is.
/// </summary>
public sealed class ResolverApiClient : IDisposable
{
    public const string TargetPrefix = "Route53Resolver";
    public const string ContentType = ServiceClient.JsonContentType;

    private static readonly ResolverJsonContext Json = ResolverJsonContext.Default;
    private readonly ServiceClient _client;

    internal ResolverApiClient(ServiceClient client) => _client = client;

    /// <summary>The ids of the rules associated with <paramref name="vpcId"/>, every page.</summary>
    internal async Task<IReadOnlyList<string>> RuleIdsForVpcAsync(string vpcId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var request = new ListResolverRuleAssociationsRequest([new ResolverFilter("VPCId", [vpcId])], 100, token);
            var response = await CallAsync("ListResolverRuleAssociations", request, Json.ListResolverRuleAssociationsRequest, Json.ListResolverRuleAssociationsResponse, vpcId, cancellationToken).ConfigureAwait(false);
            ids.AddRange((response.ResolverRuleAssociations ?? []).Select(a => a.ResolverRuleId).OfType<string>());
            token = string.IsNullOrEmpty(response.NextToken) || response.NextToken == token ? null : response.NextToken;
        }
        while (token is not null);

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    internal async Task<ResolverRule?> RuleAsync(string ruleId, CancellationToken cancellationToken) =>
        (await CallAsync("GetResolverRule", new GetResolverRuleRequest(ruleId), Json.GetResolverRuleRequest, Json.GetResolverRuleResponse, ruleId, cancellationToken).ConfigureAwait(false)).ResolverRule;

    internal async Task<ResolverEndpoint?> EndpointAsync(string endpointId, CancellationToken cancellationToken) =>
        (await CallAsync("GetResolverEndpoint", new GetResolverEndpointRequest(endpointId), Json.GetResolverEndpointRequest, Json.GetResolverEndpointResponse, endpointId, cancellationToken).ConfigureAwait(false)).ResolverEndpoint;

    public void Dispose() => _client.Dispose();

    private async Task<TResponse> CallAsync<TRequest, TResponse>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, string resourceId, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.CallJsonAsync(TargetPrefix, operation, request, requestType, responseType, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException error)
        {
            throw new AdapterException(AwsErrorFacts.Resolver.Component, operation, resourceId, "unreadable answer: " + error.Message, innerException: error);
        }
        catch (Exception error) when (AwsErrorTranslator.Translate(error, AwsErrorFacts.Resolver, operation, resourceId, cancellationToken) is { } failure)
        {
            throw failure.ToException();
        }
    }
}
