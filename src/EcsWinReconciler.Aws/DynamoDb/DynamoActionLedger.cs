using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// <see cref="IActionLedger"/> on the State table. A claim is a put conditional on the claim being absent or its lease over,
/// so of concurrent claimers exactly one wins; it carries a <see cref="WriteToken"/>, so a claim whose answer was lost (the
/// SDK's retry then failing the condition) is known as the caller's when read back. Entries live in one partition sorted by time (<c>LEDGER</c> /
/// <c>{at}#{actionKey}#{taskArn}</c>, <c>#dry-run</c> after a dry run's), so "since" is one key-range query; they expire
/// <c>entryRetention</c> after they happened (30 days by default). Recording an entry with the same key overwrites it (a retried
/// record is harmless; an outcome replaces its started entry); the same action of two tasks at one instant is two entries.
/// </summary>
public sealed class DynamoActionLedger(IAmazonDynamoDB client, string tableName, TimeSpan? entryRetention = null, StatePlace? place = null) : IActionLedger
{
    private readonly StatePlace _place = place ?? StatePlace.Home;

    private readonly TimeSpan _retention = entryRetention ?? DefaultEntryRetention;

    public static TimeSpan DefaultEntryRetention { get; } = TimeSpan.FromDays(30);

    public async Task<bool> TryClaimAsync(string actionKey, DateTimeOffset now, TimeSpan lease, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var token = WriteToken.Next();
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = LedgerItem.Claim(_place, actionKey, now, lease, token),
            ConditionExpression = "attribute_not_exists(#pk) OR (#leaseUntil <= :now AND (attribute_not_exists(#doneAt) OR #doneAt < :observedAt))",
            ExpressionAttributeNames = new() { ["#pk"] = StateTable.PartitionKey, ["#leaseUntil"] = LedgerItem.LeaseUntil, ["#doneAt"] = LedgerItem.DoneAt },
            ExpressionAttributeValues = new() { [":now"] = Attr.Time(now), [":observedAt"] = Attr.Time(observedAt) },
        };
        var put = await DynamoCall.TryConditionalAsync(() => client.PutItemAsync(request, cancellationToken), "ClaimAction", tableName, actionKey, cancellationToken).ConfigureAwait(false);
        return put is not null || await ClaimedByAsync(actionKey, token, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a failed condition: whether the claim with <paramref name="token"/> is the one stored (its answer was lost).</summary>
    private async Task<bool> ClaimedByAsync(string actionKey, string token, CancellationToken cancellationToken)
    {
        var request = new GetItemRequest { TableName = tableName, Key = StateKeys.Claim(_place, actionKey), ConsistentRead = true };
        var response = await DynamoCall.RunAsync(() => client.GetItemAsync(request, cancellationToken), "ClaimAction", tableName, actionKey, cancellationToken).ConfigureAwait(false);
        return response.Item?.GetValueOrDefault(WriteToken.Attribute)?.S == token;
    }

    public async Task CompleteAsync(string actionKey, DateTimeOffset claimedAt, DateTimeOffset doneAt, CancellationToken cancellationToken)
    {
        // The lease ends now; doneAt stays, so a run that looked before the change does not make it again.
        var request = new UpdateItemRequest
        {
            TableName = tableName,
            Key = StateKeys.Claim(_place, actionKey),
            UpdateExpression = "SET #leaseUntil = :doneAt, #doneAt = :doneAt",
            ConditionExpression = "#claimedAt = :claimedAt",
            ExpressionAttributeNames = new() { ["#claimedAt"] = "claimedAt", ["#leaseUntil"] = LedgerItem.LeaseUntil, ["#doneAt"] = LedgerItem.DoneAt },
            ExpressionAttributeValues = new() { [":claimedAt"] = Attr.Time(claimedAt), [":doneAt"] = Attr.Time(doneAt) },
        };
        await DynamoCall.TryConditionalAsync(() => client.UpdateItemAsync(request, cancellationToken), "CompleteAction", tableName, actionKey, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReleaseAsync(string actionKey, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        // Only our own claim: one another run took after ours ran out has another claimedAt and stays.
        var request = new DeleteItemRequest
        {
            TableName = tableName,
            Key = StateKeys.Claim(_place, actionKey),
            ConditionExpression = "#claimedAt = :claimedAt",
            ExpressionAttributeNames = new() { ["#claimedAt"] = "claimedAt" },
            ExpressionAttributeValues = new() { [":claimedAt"] = Attr.Time(claimedAt) },
        };
        await DynamoCall.TryConditionalAsync(() => client.DeleteItemAsync(request, cancellationToken), "ReleaseAction", tableName, actionKey, cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var request = new PutItemRequest { TableName = tableName, Item = LedgerItem.Encode(entry, _retention, _place) };
        await DynamoCall.RunAsync(() => client.PutItemAsync(request, cancellationToken), "RecordAction", tableName, entry.ActionKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Entries at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var request = new QueryRequest
        {
            TableName = tableName,
            ConsistentRead = true,
            KeyConditionExpression = "#pk = :pk AND #sk >= :since",
            ExpressionAttributeNames = new() { ["#pk"] = StateTable.PartitionKey, ["#sk"] = StateTable.SortKey },
            ExpressionAttributeValues = new() { [":pk"] = Attr.S(StateKeys.LedgerPartitionOf(_place)), [":since"] = Attr.Time(since) },
        };
        var items = await DynamoPages.QueryAsync(client, request, "ListActions", cancellationToken).ConfigureAwait(false);
        return [.. items.Select(item => LedgerItem.Decode(item, tableName))];
    }
}
