using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>
/// The AWSSDK.Core client configuration for a service the SDK has no package for here (ECS, SNS). Setting
/// <see cref="ClientConfig.ServiceId"/> is what makes the SDK honour <c>AWS_ENDPOINT_URL_ECS</c> /
/// <c>AWS_ENDPOINT_URL</c> and the profile's endpoint_url for it, exactly as for AmazonEC2Config.
/// </summary>
internal sealed class ServiceClientConfig : ClientConfig
{
    private static readonly IDefaultConfiguration[] Defaults =
    [
        new DefaultConfiguration { Name = DefaultConfigurationMode.Standard, RetryMode = RequestRetryMode.Standard },
    ];

    public ServiceClientConfig(AwsService service)
        : base(new DefaultConfigurationProvider(Defaults))
    {
        Service = service;
        ServiceId = service.ServiceId;
        AuthenticationServiceName = service.SigningName;
        EndpointProvider = new ServiceEndpointProvider(service);
    }

    public AwsService Service { get; }

    public override string RegionEndpointServiceName => Service.EndpointPrefix;

    public override string ServiceVersion => Service.ApiVersion;

    public override string UserAgent => "ecs-win-reconciler/" + Service.EndpointPrefix;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) =>
        EndpointProvider.ResolveEndpoint(ServiceEndpointProvider.Parameters(this));
}
