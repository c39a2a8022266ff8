using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// Runs DynamoDB SDK calls and translates their failures (<see cref="AwsErrorTranslator"/>, DynamoDB's facts) into
/// <see cref="AdapterException"/> with the domain operation and <c>table:key</c>. A failed condition is not a
/// failure: <see cref="TryConditionalAsync{T}"/> turns it into <c>null</c> for the store to map onto its domain
/// outcome, and <see cref="RunAsync{T}"/> leaves it to the caller.
/// </summary>
internal static class DynamoCall
{
    public static string Component => AwsErrorFacts.DynamoDb.Component;

    public static async Task<T> RunAsync<T>(Func<Task<T>> call, string operation, string table, string key, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ConditionalCheckFailedException && Translate(e, operation, table, key, cancellationToken) is { } translated)
        {
            throw translated;
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
        catch (Exception e) when (Translate(e, operation, table, key, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    public static string Resource(string table, string key) => $"{table}:{key}";

    private static AdapterException? Translate(Exception error, string operation, string table, string key, CancellationToken cancellationToken) =>
        AwsErrorTranslator.Translate(error, AwsErrorFacts.DynamoDb, operation, Resource(table, key), cancellationToken)?.ToException();
}
