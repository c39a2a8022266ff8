using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>
/// Reads a JSON 1.1 answer as raw bytes (our source-generated serializer parses it later) and an error answer
/// into its <c>__type</c> and <c>message</c>.
/// </summary>
internal sealed class JsonReplyUnmarshaller : JsonResponseUnmarshaller
{
    public static JsonReplyUnmarshaller Instance { get; } = new();

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context) =>
        new ServiceReply { Body = ReplyBody.Read(context.Stream) };

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
    {
        var error = JsonErrorBody.Parse(ReplyBody.Read(context.Stream), context.ResponseData.GetHeaderValue("x-amzn-ErrorType"), statusCode)
            with { RequestId = context.ResponseData.GetHeaderValue("x-amzn-RequestId") };
        return error.ToException(statusCode, innerException);
    }
}
