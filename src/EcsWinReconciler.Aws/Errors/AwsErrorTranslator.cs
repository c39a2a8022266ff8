using Amazon.Runtime;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Errors;

/// <summary>
/// The one reading of what an AWS SDK call throws once the SDK's own retries are spent, for every adapter (EC2,
/// DynamoDB, ECS, SNS): AWS answered with an error (transient by <see cref="AwsErrorFacts"/>), or nothing answered
/// (transient), or the SDK failed on our side (permanent unless the network caused it). Each adapter turns the
/// result into its exception and keeps its expected situations (not found, a failed condition) to itself.
/// </summary>
internal static class AwsErrorTranslator
{
    /// <summary>
    /// The failure <paramref name="error"/> stands for, or null when it must propagate unchanged: it is already
    /// translated, it is the caller's own cancellation, or it is no AWS or network failure (a bug is not disguised
    /// as an outage).
    /// </summary>
    public static AwsFailure? Translate(Exception error, AwsErrorFacts facts, string operation, string? resourceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(facts);
        return error switch
        {
            AdapterException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            AmazonServiceException service => new AwsFailure(facts.Component, operation, resourceId, service.Message, service.ErrorCode, service.StatusCode,
                facts.IsTransient(service.ErrorCode, service.StatusCode), IsNetwork: false, service),

            // An HttpClient timeout surfaces as a cancellation the caller did not ask for.
            _ when IsNoAnswer(error) => new AwsFailure(facts.Component, operation, resourceId, "no answer: " + error.Message, null, null,
                IsTransient: true, IsNetwork: true, error),
            AmazonClientException client => new AwsFailure(facts.Component, operation, resourceId, client.Message, null, null,
                CausedByNoAnswer(client), CausedByNoAnswer(client), client),
            _ => null,
        };
    }

    private static bool IsNoAnswer(Exception error) =>
        error is OperationCanceledException or TimeoutException or HttpRequestException or IOException;

    private static bool CausedByNoAnswer(Exception error)
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
