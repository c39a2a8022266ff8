using System.Text.Json;
using EcsWinReconciler.Aws.Resolver;
using EcsWinReconciler.Aws.Resolver.Wire;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests.Resolver;

/// <summary>Our Route 53 Resolver requests and answers against the official API model (Debian's python3-botocore).</summary>
public class ResolverModelConformanceTests
{
    private const string Service = "route53resolver";

    private static readonly (string Operation, byte[] Json)[] Requests =
    [
        ("ListResolverRuleAssociations", JsonSerializer.SerializeToUtf8Bytes(new ListResolverRuleAssociationsRequest([new ResolverFilter("VPCId", ["vpc-1"])], 100, "n"), ResolverJsonContext.Default.ListResolverRuleAssociationsRequest)),
        ("GetResolverRule", JsonSerializer.SerializeToUtf8Bytes(new GetResolverRuleRequest("rslvr-rr-1"), ResolverJsonContext.Default.GetResolverRuleRequest)),
        ("GetResolverEndpoint", JsonSerializer.SerializeToUtf8Bytes(new GetResolverEndpointRequest("rslvr-out-1"), ResolverJsonContext.Default.GetResolverEndpointRequest)),
    ];

    private static readonly (string Operation, Type Response)[] Responses =
    [
        ("ListResolverRuleAssociations", typeof(ListResolverRuleAssociationsResponse)),
        ("GetResolverRule", typeof(GetResolverRuleResponse)),
        ("GetResolverEndpoint", typeof(GetResolverEndpointResponse)),
    ];

    [BotocoreFact]
    public void Protocol_TargetPrefixContentTypeAndSigning_MatchTheModel()
    {
        using var model = BotocoreModels.Load(Service);
        var metadata = model.RootElement.GetProperty("metadata");

        Assert.Equal(ResolverApiClient.TargetPrefix, metadata.GetProperty("targetPrefix").GetString());
        Assert.Equal(ResolverApiClient.ContentType, "application/x-amz-json-" + metadata.GetProperty("jsonVersion").GetString());
        Assert.Equal(EcsWinReconciler.Aws.Configuration.AwsService.Route53Resolver.ServiceId, metadata.GetProperty("serviceId").GetString());
        Assert.Equal(EcsWinReconciler.Aws.Configuration.AwsService.Route53Resolver.EndpointPrefix, metadata.GetProperty("endpointPrefix").GetString());
    }

    [BotocoreFact]
    public void Requests_EveryMemberWeSend_IsInTheOperationInput()
    {
        using var model = BotocoreModels.Load(Service);
        foreach (var (operation, json) in Requests)
        {
            var definition = model.RootElement.GetProperty("operations").GetProperty(operation);
            using var body = JsonDocument.Parse(json);
            ModelShapes.AssertJsonMembersExist(model.RootElement, definition.GetProperty("input").GetProperty("shape").GetString()!, body.RootElement, operation);
        }
    }

    [BotocoreFact]
    public void Responses_EveryMemberWeRead_IsInTheOperationOutput()
    {
        using var model = BotocoreModels.Load(Service);
        foreach (var (operation, type) in Responses)
        {
            var output = model.RootElement.GetProperty("operations").GetProperty(operation).GetProperty("output").GetProperty("shape").GetString()!;
            ModelShapes.AssertPropertiesExist(model.RootElement, output, type, operation, camelCase: false);
        }
    }
}
