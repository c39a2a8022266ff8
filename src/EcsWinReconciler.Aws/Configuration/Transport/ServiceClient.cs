using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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

    /// <summary>
    /// One call on the JSON 1.1 protocol (ECS, Route 53 Resolver): <c>POST /</c> with <c>X-Amz-Target: prefix.Operation</c>, the
    /// request and answer as JSON. An answer that cannot be read throws <see cref="JsonException"/>; the caller turns it, and
    /// the service's own errors, into its adapter's failure.
    /// </summary>
    public async Task<TResponse> CallJsonAsync<TRequest, TResponse>(string targetPrefix, string operation, TRequest request,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var call = new ServiceCall(operation, JsonContentType, JsonSerializer.SerializeToUtf8Bytes(request, requestType),
            new Dictionary<string, string> { ["X-Amz-Target"] = targetPrefix + "." + operation });
        var reply = await SendAsync(call, JsonReplyUnmarshaller.Instance, cancellationToken).ConfigureAwait(false);
        return (reply.Body.Length == 0 ? default : JsonSerializer.Deserialize(reply.Body, responseType)) ?? throw new JsonException("empty answer");
    }

    public const string JsonContentType = "application/x-amz-json-1.1";

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
