using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>Follows Query and Scan pagination (<c>LastEvaluatedKey</c>) to the end.</summary>
internal static class DynamoPages
{
    public static async Task<List<Dictionary<string, AttributeValue>>> QueryAsync(IAmazonDynamoDB client, QueryRequest request, string operation, CancellationToken cancellationToken)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        do
        {
            var page = await DynamoCall.RunAsync(() => client.QueryAsync(request, cancellationToken), operation, request.TableName, request.IndexName ?? "-", cancellationToken).ConfigureAwait(false);
            items.AddRange(page.Items ?? []);
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
