using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>The pipeline step that asks <see cref="ServiceEndpointProvider"/> where the request goes.</summary>
internal sealed class ServiceEndpointResolver : BaseEndpointResolver
{
    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext) =>
        ServiceEndpointProvider.Parameters(requestContext.ClientConfig);
}
