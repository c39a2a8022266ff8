using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>Reads a Query-protocol answer as raw bytes, and an error answer into <c>ErrorResponse/Error/Code, Message</c>.</summary>
internal sealed class XmlReplyUnmarshaller : XmlResponseUnmarshaller
{
    public static XmlReplyUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext context) =>
        new ServiceReply { Body = ReplyBody.Read(context.Stream) };

    public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode) =>
        XmlErrorBody.Parse(ReplyBody.Read(context.Stream), statusCode).ToException(statusCode, innerException);
}
