using System.Net;
using Amazon.Runtime;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// Classifies ECS errors and translates what the SDK pipeline throws (after its retries) into
/// <see cref="EcsApiException"/> — once, in the client. The caller's cancellation passes through unchanged.
/// </summary>
public static class EcsErrors
{
    public const string Component = "ecs";

    public static EcsErrorKind Classify(string? code, HttpStatusCode? status) => code switch
    {
        EcsErrorCodes.Throttling or "Throttling" or "TooManyRequestsException" => EcsErrorKind.Throttling,
        EcsErrorCodes.Server or "InternalFailure" or "ServiceUnavailable" => EcsErrorKind.Server,
        EcsErrorCodes.Client => EcsErrorKind.ClientException,
        EcsErrorCodes.InvalidParameter => EcsErrorKind.InvalidParameter,
        EcsErrorCodes.ClusterNotFound => EcsErrorKind.ClusterNotFound,
        EcsErrorCodes.ServiceNotFound => EcsErrorKind.ServiceNotFound,
        EcsErrorCodes.ServiceNotActive => EcsErrorKind.ServiceNotActive,
        EcsErrorCodes.AccessDenied or "AccessDenied" => EcsErrorKind.AccessDenied,
        _ when status == HttpStatusCode.TooManyRequests => EcsErrorKind.Throttling,
        _ when (int?)status >= 500 => EcsErrorKind.Server,
        _ => EcsErrorKind.Other,
    };

    public static bool IsTransient(EcsErrorKind kind) => kind is EcsErrorKind.Throttling or EcsErrorKind.Server or EcsErrorKind.Network;

    /// <summary>The exception to throw for <paramref name="error"/>, or null when it must propagate unchanged.</summary>
    public static EcsApiException? Translate(Exception error, string operation, string? resourceId, CancellationToken cancellationToken) =>
        error switch
        {
            EcsApiException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            AmazonServiceException service =>
                new EcsApiException(Classify(service.ErrorCode, service.StatusCode), operation, resourceId, service.Message, service.ErrorCode, service.StatusCode, service),

            // An HttpClient timeout surfaces as a cancellation the caller did not ask for.
            OperationCanceledException or TimeoutException or HttpRequestException or IOException =>
                new EcsApiException(EcsErrorKind.Network, operation, resourceId, "no answer from ECS: " + error.Message, null, null, error),
            AmazonClientException client =>
                new EcsApiException(IsNetwork(client) ? EcsErrorKind.Network : EcsErrorKind.Other, operation, resourceId, client.Message, null, null, client),
            _ => null,
        };

    private static bool IsNetwork(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpRequestException or IOException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
