using System.Net;
using Amazon.Runtime;

namespace EcsWinReconciler.Aws.Configuration.Transport;

/// <summary>
/// An error answer parsed from its body. It becomes an <see cref="AmazonServiceException"/> so that the SDK's
/// retry policy can classify it: it retries throttling codes (ThrottlingException, Throttling, …) and 5xx.
/// </summary>
internal sealed record ServiceError(string Code, string Message, string? RequestId)
{
    public AmazonServiceException ToException(HttpStatusCode status, Exception? inner) =>
        new(Message, inner, (int)status >= 500 ? ErrorType.Receiver : ErrorType.Sender, Code, RequestId, status);
}
