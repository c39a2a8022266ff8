using System.Net;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// The one place DynamoDB SDK failures become <see cref="AdapterException"/> (component <c>dynamodb</c>, the domain
/// operation, <c>table:key</c>). A failed condition is not a failure: <see cref="TryConditionalAsync{T}"/> turns it
/// into <c>null</c> for the store to map onto its domain outcome.
/// </summary>
internal static class DynamoCall
{
    public const string Component = "dynamodb";

    public static async Task<T> RunAsync<T>(Func<Task<T>> call, string operation, string table, string key, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (IsFailure(e, cancellationToken))
        {
            throw Translate(e, operation, table, key);
        }
    }

    /// <summary>Runs a conditional write; null when its condition did not hold.</summary>
    public static async Task<T?> TryConditionalAsync<T>(Func<Task<T>> call, string operation, string table, string key, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
        catch (Exception e) when (IsFailure(e, cancellationToken))
        {
            throw Translate(e, operation, table, key);
        }
    }

    public static string Resource(string table, string key) => $"{table}:{key}";

    internal static AdapterException Translate(Exception error, string operation, string table, string key) => error switch
    {
        AmazonServiceException service => new AdapterException(
            Component, operation, Resource(table, key), $"{service.ErrorCode ?? service.GetType().Name}: {service.Message}",
            IsTransient(service), service.ErrorCode, service),
        _ => new AdapterException(
            Component, operation, Resource(table, key), $"{error.GetType().Name}: {error.Message}",
            isTransient: true, errorCode: null, innerException: error),
    };

    /// <summary>Throttling and server-side errors may pass; a bad request or a missing table will not.</summary>
    internal static bool IsTransient(AmazonServiceException error) =>
        error is ProvisionedThroughputExceededException or RequestLimitExceededException or ThrottlingException
            or InternalServerErrorException or LimitExceededException
        || error.ErrorCode is "ThrottlingException" or "Throttling" or "TooManyRequestsException"
        || error.StatusCode >= HttpStatusCode.InternalServerError;

    // A condition failure is the caller's to interpret; our own cancellation propagates as it is. A timeout of the
    // SDK's own (a TaskCanceledException without our token cancelled) is a transient failure like any other.
    private static bool IsFailure(Exception error, CancellationToken cancellationToken) =>
        error is not ConditionalCheckFailedException
        && error is not AdapterException
        && !(error is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
