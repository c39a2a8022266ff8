using System.Net;
using Amazon.Runtime;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// SNS error codes we name (the Publish errors of the model plus the common <c>Throttling</c>), and the one
/// translation of what the SDK pipeline throws into <see cref="AdapterException"/> with the code.
/// </summary>
public static class SnsErrors
{
    public const string Component = "sns";
    public const string Throttling = "Throttling";
    public const string KmsThrottling = "KMSThrottling";
    public const string InternalError = "InternalError";
    public const string NotFound = "NotFound";
    public const string AuthorizationError = "AuthorizationError";
    public const string InvalidParameter = "InvalidParameter";

    /// <summary>Our own code for a message refused before sending (over 256 KB with its attributes).</summary>
    public const string MessageTooLong = "MessageTooLong";

    public static IReadOnlyList<string> Named { get; } = [Throttling, KmsThrottling, InternalError, NotFound, AuthorizationError, InvalidParameter];

    public static bool IsTransient(string? code, HttpStatusCode status) =>
        code is Throttling or KmsThrottling or InternalError || status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The exception to throw for <paramref name="error"/>, or null when it must propagate unchanged.</summary>
    public static AdapterException? Translate(Exception error, string topicArn, CancellationToken cancellationToken) =>
        error switch
        {
            AdapterException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            AmazonServiceException service => new AdapterException(
                Component, "Publish", topicArn, service.Message, IsTransient(service.ErrorCode, service.StatusCode), service.ErrorCode, service),
            OperationCanceledException or TimeoutException or HttpRequestException or IOException => new AdapterException(
                Component, "Publish", topicArn, "no answer from SNS: " + error.Message, isTransient: true, innerException: error),
            AmazonClientException client => new AdapterException(
                Component, "Publish", topicArn, client.Message, client.InnerException is HttpRequestException or IOException, innerException: client),
            _ => null,
        };
}
