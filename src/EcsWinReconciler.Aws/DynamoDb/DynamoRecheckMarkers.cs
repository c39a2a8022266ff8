using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// The one-pending-re-check-per-root marker on the State table (<c>RECHECK#{root}</c> / <c>RECHECK</c>): SQS standard queues
/// do not deduplicate, so a conditional put decides who sends. The put holds while no marker exists or the one there is stale
/// (<see cref="RecheckBackoff.MarkerStaleAfter"/> past due: its message was lost or dead-lettered); the delete only removes the
/// caller's own marker. TTL removes markers left behind.
/// </summary>
internal sealed class DynamoRecheckMarkers(IAmazonDynamoDB client, string tableName, StatePlace place)
{
    private const string TokenAttribute = "token";
    private const string DueAtAttribute = "dueAt";

    public async Task<bool> TryHoldAsync(RecheckRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = StateKeys.Recheck(place, request.Root);
        var item = new Dictionary<string, AttributeValue>(key)
        {
            [StateTable.KindAttribute] = Attr.S(StateKeys.RecheckKind),
            [TokenAttribute] = Attr.S(request.Token),
            [DueAtAttribute] = Attr.N(request.DueAt.ToUnixTimeSeconds()),
            [StateTable.TimeToLiveAttribute] = Attr.Ttl(request.DueAt + TimeSpan.FromDays(1)),
        };
        var put = new PutItemRequest
        {
            TableName = tableName,
            Item = item,
            ConditionExpression = "attribute_not_exists(#pk) OR #due < :staleBefore",
            ExpressionAttributeNames = new() { ["#pk"] = StateTable.PartitionKey, ["#due"] = DueAtAttribute },
            ExpressionAttributeValues = new() { [":staleBefore"] = Attr.N((now - RecheckBackoff.MarkerStaleAfter).ToUnixTimeSeconds()) },
        };
        var done = await DynamoCall.TryConditionalAsync(() => client.PutItemAsync(put, cancellationToken), "HoldRecheck", tableName, StateKeys.Describe(key), cancellationToken).ConfigureAwait(false);
        return done is not null;
    }

    public async Task ReleaseAsync(RecheckRequest request, CancellationToken cancellationToken)
    {
        var key = StateKeys.Recheck(place, request.Root);
        var delete = new DeleteItemRequest
        {
            TableName = tableName,
            Key = key,
            ConditionExpression = "#token = :token",
            ExpressionAttributeNames = new() { ["#token"] = TokenAttribute },
            ExpressionAttributeValues = new() { [":token"] = Attr.S(request.Token) },
        };
        await DynamoCall.TryConditionalAsync(() => client.DeleteItemAsync(delete, cancellationToken), "ReleaseRecheck", tableName, StateKeys.Describe(key), cancellationToken).ConfigureAwait(false);
    }
}
