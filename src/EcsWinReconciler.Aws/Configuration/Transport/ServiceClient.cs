using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using EcsWinReconciler.Aws.Configuration.Deadlines;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>
/// An AWSSDK.Core service client for services without an SDK package here: the SDK's pipeline (credential
/// resolution, endpoint override from settings / AWS_ENDPOINT_URL_*, standard or adaptive retry with jittered
/// backoff and its retry quota, clock-skew correction, SigV4 signing with its <c>AWS4Signer</c>, timeouts,
/// HttpClient caching) around our marshalling. Each call is already serialised; the caller parses the answer.
/// </summary>
internal sealed class ServiceClient(AWSCredentials? credentials, ServiceClientConfig config, CallDeadline? deadline = null) : AmazonServiceClient(credentials, config)
{
    private readonly ServiceCallMarshaller _marshaller = new(config.Service);

    public AwsService Service => config.Service;

    public IClientConfig Configuration => Config;

    public Task<ServiceReply> SendAsync(ServiceCall call, ResponseUnmarshaller unmarshaller, CancellationToken cancellationToken)
    {
        var options = new InvokeOptions { RequestMarshaller = _marshaller, ResponseUnmarshaller = unmarshaller };
        return InvokeAsync<ServiceReply>(call, options, cancellationToken);
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        // Runs inside the base constructor, so it reads only the config. Same shape as the generated clients:
        // the auth scheme and the endpoint are resolved right after marshalling.
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new ServiceEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());
        DeadlinePipeline.Apply(pipeline, config, deadline);
    }
}
