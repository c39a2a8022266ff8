using Amazon.Runtime;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>A successful answer: the raw body, for the service's own deserializer.</summary>
internal sealed class ServiceReply : AmazonWebServiceResponse
{
    public byte[] Body { get; init; } = [];
}
