using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>Turns a <see cref="ServiceCall"/> into the SDK's request: POST to the endpoint root, body as given.</summary>
internal sealed class ServiceCallMarshaller(AwsService service) : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var call = (ServiceCall)input;
        var request = new DefaultRequest(call, service.ServiceId)
        {
            HttpMethod = "POST",
            ResourcePath = "/",
            Content = call.Body,
        };
        request.Headers["Content-Type"] = call.ContentType;
        foreach (var (name, value) in call.Headers)
        {
            request.Headers[name] = value;
        }

        return request;
    }
}
