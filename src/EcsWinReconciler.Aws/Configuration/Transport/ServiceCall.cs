using Amazon.Runtime;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>One already-serialised API call (JSON 1.1 or Query): <c>POST /</c> with these headers and this body.</summary>
internal sealed class ServiceCall(string operation, string contentType, byte[] body, IReadOnlyDictionary<string, string>? headers = null)
    : AmazonWebServiceRequest
{
    public string Operation { get; } = operation;

    public string ContentType { get; } = contentType;

    public byte[] Body { get; } = body;

    public IReadOnlyDictionary<string, string> Headers { get; } = headers ?? new Dictionary<string, string>();
}
