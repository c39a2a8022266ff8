using System.Net;

namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>
/// The Runtime API answered in a way the runtime cannot go on from (no request id, a 500 "container error").
/// The process should exit: Lambda then starts a fresh execution environment.
/// </summary>
public sealed class RuntimeApiException : Exception
{
    public RuntimeApiException(string message, HttpStatusCode? status = null)
        : base(message)
    {
        Status = status;
    }

    public RuntimeApiException()
        : this("the Lambda Runtime API failed")
    {
    }

    public RuntimeApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? Status { get; }
}
