using System.Net;
using Amazon.Runtime;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// Translates what the SDK throws, after its own retries are spent, into <see cref="AdapterException"/>: once,
/// here, with the operation and resource. Cancellation of the caller's token is not a failure and passes through.
/// </summary>
internal static class Ec2Errors
{
    public const string Component = "ec2";

    /// <summary>The domain exception for <paramref name="error"/>, or null when it must propagate unchanged.</summary>
    public static AdapterException? Translate(Exception error, string operation, string? resourceId, CancellationToken cancellationToken) =>
        error switch
        {
            AdapterException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            AmazonServiceException service => new AdapterException(
                Component, operation, resourceId, service.Message, IsTransient(service), service.ErrorCode, service),

            // An HttpClient timeout surfaces as a cancellation the caller did not ask for.
            OperationCanceledException or TimeoutException => new AdapterException(
                Component, operation, resourceId, "the request timed out", isTransient: true, innerException: error),
            HttpRequestException or IOException => new AdapterException(
                Component, operation, resourceId, error.Message, isTransient: true, innerException: error),
            AmazonClientException client => new AdapterException(
                Component, operation, resourceId, client.Message, IsNetworkFailure(client), innerException: client),
            _ => null,
        };

    public static bool IsTransient(AmazonServiceException error) =>
        (error.ErrorCode is { } code && Ec2ErrorCodes.Transient.Contains(code)) ||
        (int)error.StatusCode >= 500 ||
        error.StatusCode == HttpStatusCode.TooManyRequests;

    private static bool IsNetworkFailure(Exception error)
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
