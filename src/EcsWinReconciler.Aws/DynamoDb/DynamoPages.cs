using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>Follows Query and Scan pagination (<c>LastEvaluatedKey</c>) to the end.</summary>
internal static class DynamoPages
{
    public static async Task<List<Dictionary<string, AttributeValue>>> QueryAsync(IAmazonDynamoDB client, QueryRequest request, string operation, CancellationToken cancellationToken) =>
        await QueryAsync(client, request, operation, item => item, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Every item, each turned into <typeparamref name="T"/> as its page arrives: only one page of raw attribute values is
    /// held at a time (they weigh several times the decoded value; a 10,000-status listing would otherwise hold them all).
    /// </summary>
    public static async Task<List<T>> QueryAsync<T>(IAmazonDynamoDB client, QueryRequest request, string operation, Func<Dictionary<string, AttributeValue>, T> decode, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        do
        {
            var page = await DynamoCall.RunAsync(() => client.QueryAsync(request, cancellationToken), operation, request.TableName, request.IndexName ?? "-", cancellationToken).ConfigureAwait(false);
            items.AddRange((page.Items ?? []).Select(decode));
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (request.ExclusiveStartKey is not null);

        return items;
    }

    public static async Task<List<Dictionary<string, AttributeValue>>> ScanAsync(IAmazonDynamoDB client, ScanRequest request, string operation, CancellationToken cancellationToken)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        do
        {
            var page = await DynamoCall.RunAsync(() => client.ScanAsync(request, cancellationToken), operation, request.TableName, "-", cancellationToken).ConfigureAwait(false);
            items.AddRange(page.Items ?? []);
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (request.ExclusiveStartKey is not null);

        return items;
    }
}
