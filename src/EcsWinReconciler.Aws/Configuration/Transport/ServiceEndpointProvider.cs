using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>
/// Endpoint rules for ECS and SNS, narrowed to what we use: the configured URL (explicit, AWS_ENDPOINT_URL_*,
/// AWS_ENDPOINT_URL or the profile, as the SDK resolved it into ServiceURL) when there is one, else
/// <c>https://{prefix}.{region}.{dnsSuffix}</c> (amazonaws.com.cn in the China partition).
/// </summary>
internal sealed class ServiceEndpointProvider(AwsService service) : IEndpointProvider
{
    public const string EndpointKey = "Endpoint";
    public const string RegionKey = "Region";

    public static EndpointParameters Parameters(IClientConfig config)
    {
        var parameters = new EndpointParameters();
        parameters[EndpointKey] = config.ServiceURL;
        parameters[RegionKey] = config.AuthenticationRegion ?? config.RegionEndpoint?.SystemName;
        return parameters;
    }

    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters[EndpointKey] is string { Length: > 0 } url)
        {
            return new Endpoint(url);
        }

        var region = parameters[RegionKey] as string
            ?? throw new AmazonClientException($"no region for {service.ServiceId}: set AwsSettings.Region, AWS_REGION or AWS_DEFAULT_REGION");
        var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Endpoint($"https://{service.EndpointPrefix}.{region}.{suffix}");
    }
}
