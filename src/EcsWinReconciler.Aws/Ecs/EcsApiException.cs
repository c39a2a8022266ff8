using System.Net;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// A failed ECS call, already in the adapters' exception family: component "ecs", the operation, the cluster /
/// task / service it was about, the error code, and <see cref="AdapterException.IsTransient"/> for throttling,
/// 5xx and network failures (the client has spent its retries by then).
/// </summary>
public sealed class EcsApiException : AdapterException
{
    public EcsApiException(EcsErrorKind kind, string operation, string? resourceId, string message, string? errorCode, HttpStatusCode? status, Exception? innerException = null)
        : this(kind, EcsErrors.IsTransient(kind), operation, resourceId, message, errorCode, status, innerException)
    {
    }

    /// <summary>A failed call as the one translator read it; no answer at all is <see cref="EcsErrorKind.Network"/>.</summary>
    internal EcsApiException(AwsFailure failure)
        : this(failure.IsNetwork ? EcsErrorKind.Network : EcsErrors.Classify(failure.ErrorCode, failure.StatusCode), failure.IsTransient,
            failure.Operation, failure.ResourceId, failure.Message, failure.ErrorCode, failure.StatusCode, failure.Cause)
    {
    }

    public EcsApiException()
        : this(EcsErrorKind.Other, "unknown", null, "ECS call failed", null, null)
    {
    }

    public EcsApiException(string message)
        : this(EcsErrorKind.Other, "unknown", null, message, null, null)
    {
    }

    public EcsApiException(string message, Exception innerException)
        : this(EcsErrorKind.Other, "unknown", null, message, null, null, innerException)
    {
    }

    private EcsApiException(EcsErrorKind kind, bool isTransient, string operation, string? resourceId, string message, string? errorCode, HttpStatusCode? status, Exception? innerException)
        : base(AwsErrorFacts.Ecs.Component, operation, resourceId, AwsFailure.Describe(errorCode, message), isTransient, errorCode, innerException)
    {
        Kind = kind;
        StatusCode = status;
        ServiceMessage = message;
    }

    public EcsErrorKind Kind { get; }

    /// <summary>What ECS (or the transport) said, without the component/operation prefix of <see cref="Exception.Message"/>.</summary>
    public string ServiceMessage { get; }

    /// <summary>The HTTP status of the error answer; null when there was no answer.</summary>
    public HttpStatusCode? StatusCode { get; }
}
