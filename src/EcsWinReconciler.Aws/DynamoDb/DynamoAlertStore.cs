using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// <see cref="IAlertStore"/> on the State table (<c>ALERT#{key}</c> / <c>ALERT</c>, see <see cref="StateTable"/>). It decides
/// nothing itself: every call applies <see cref="AlertLifecycle"/> to the record as read and puts the result whole, conditional on
/// the version read (absent: on there being none); a failed condition means another run wrote first, so it reads again
/// (consistently) and decides again. That is how, of N concurrent openers, exactly one gets Opened and the rest Joined. Each put
/// carries a <see cref="WriteToken"/>: when the record read again bears the put's own token, the put landed and only its answer
/// was lost (the SDK's retry failed the condition the put itself changed), so it is answered as written.
/// Resolved alerts expire <c>resolvedRetention</c> after they resolved (30 days by default).
/// </summary>
public sealed class DynamoAlertStore(IAmazonDynamoDB client, string tableName, TimeSpan? resolvedRetention = null, StatePlace? place = null) : IAlertStore
{
    private readonly StatePlace _place = place ?? StatePlace.Home;

    /// <summary>BatchGetItem takes at most 100 keys a request.</summary>
    public const int BatchGetLimit = 100;

    // Every round lets at least one contender through (the write that failed us succeeded for someone), so this bounds contenders.
    private const int MaxAttempts = 64;

    private readonly TimeSpan _retention = resolvedRetention ?? DefaultResolvedRetention;

    public static TimeSpan DefaultResolvedRetention { get; } = TimeSpan.FromDays(30);

    public async Task<IReadOnlyDictionary<string, AlertRecord>> GetManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, AlertRecord>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(BatchGetLimit))
        {
            var pending = new KeysAndAttributes { Keys = [.. chunk.Select(key => StateKeys.Alert(_place, key))], ConsistentRead = true };
            for (var round = 0; pending.Keys.Count > 0; round++)
            {
                if (round >= MaxAttempts)
                {
                    throw new AdapterException(DynamoCall.Component, "GetAlerts", tableName, $"{pending.Keys.Count} key(s) stayed unprocessed after {MaxAttempts} rounds", isTransient: true);
                }

                var request = new BatchGetItemRequest { RequestItems = new() { [tableName] = pending } };
                var response = await DynamoCall.RunAsync(() => client.BatchGetItemAsync(request, cancellationToken), "GetAlerts", tableName, chunk[0], cancellationToken).ConfigureAwait(false);
                foreach (var item in response.Responses?.GetValueOrDefault(tableName) ?? [])
                {
                    var record = AlertItem.Decode(item, tableName);
                    found[record.Key] = record;
                }

                // Throttled keys come back unprocessed: ask for them again (the SDK's retry policy spaces the calls).
                pending = response.UnprocessedKeys?.GetValueOrDefault(tableName) ?? new KeysAndAttributes { Keys = [] };
                pending.ConsistentRead = true;
            }
        }

        return found;
    }

    public Task<AlertChange> ApplyAsync(AlertDelta delta, AlertRecord? read, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delta);
        return DecideAndPutAsync(delta.Key, read, "ApplyAlert", current =>
        {
            var change = AlertLifecycle.Decide(current, delta, now, notificationLease);
            return (change.Writes ? change.Alert : null, change);
        }, cancellationToken);
    }

    public async Task<AlertRecord?> TryClaimNotificationAsync(AlertRecord read, DateTimeOffset now, TimeSpan notificationLease, TimeSpan reminderInterval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var change = await DecideAndPutAsync(read.Key, read, "ClaimNotification", current =>
        {
            var claimed = current is null ? null : AlertLifecycle.Claim(current, now, notificationLease, reminderInterval);
            return (claimed, new AlertChange(claimed is null ? AlertTransition.Unchanged : AlertTransition.Updated, claimed));
        }, cancellationToken).ConfigureAwait(false);
        return change.Transition == AlertTransition.Updated ? change.Alert : null;
    }

    public async Task<AlertRecord?> CompleteNotificationAsync(AlertRecord read, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var change = await DecideAndPutAsync(read.Key, read, "CompleteNotification", current =>
        {
            var completed = current is null ? null : AlertLifecycle.Complete(current, kind, now);
            return (completed, new AlertChange(AlertTransition.Updated, completed ?? current));
        }, cancellationToken).ConfigureAwait(false);
        return change.Alert;
    }

    public async Task<IReadOnlyList<AlertRecord>> ListAsync(bool openOnly, CancellationToken cancellationToken) =>
        await QueryAlertsAsync(openOnly, null, "ListAlerts", cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<AlertRecord>> ListPendingNotificationsAsync(CancellationToken cancellationToken) =>
        await QueryAlertsAsync(false, $"attribute_exists(#{AlertItem.Pending})", "ListPendingNotifications", cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Decides on the record as read, puts the decision if it is a write, and on a lost condition reads again and decides
    /// again. <paramref name="decide"/> returns the record to write (null: nothing to write) and what to answer.
    /// </summary>
    private async Task<AlertChange> DecideAndPutAsync(string key, AlertRecord? read, string operation, Func<AlertRecord?, (AlertRecord? Next, AlertChange Answer)> decide, CancellationToken cancellationToken)
    {
        var current = read;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (next, answer) = decide(current);
            if (next is null)
            {
                return answer;
            }

            var written = next with { Version = (current?.Version ?? 0) + 1 };
            var token = WriteToken.Next();
            if (await TryPutAsync(written, current?.Version, token, operation, cancellationToken).ConfigureAwait(false))
            {
                return answer with { Alert = written };
            }

            (current, var writtenBy) = await ReadAsync(key, operation, cancellationToken).ConfigureAwait(false);
            if (writtenBy == token)
            {
                return answer with { Alert = current };
            }
        }

        throw new AdapterException(DynamoCall.Component, operation, DynamoCall.Resource(tableName, key),
            $"gave up after {MaxAttempts} attempts: other runs kept changing the alert", isTransient: true, errorCode: "Contention");
    }

    /// <summary>Puts the record if the stored one still has <paramref name="expectedVersion"/> (null: if there is none); false when another run wrote first.</summary>
    private async Task<bool> TryPutAsync(AlertRecord record, long? expectedVersion, string token, string operation, CancellationToken cancellationToken)
    {
        var item = AlertItem.Encode(record, _retention, _place);
        item[WriteToken.Attribute] = Attr.S(token);
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = item,
            ConditionExpression = expectedVersion is null ? "attribute_not_exists(#pk)" : $"#{AlertItem.Version} = :read",
            ExpressionAttributeNames = expectedVersion is null
                ? new() { ["#pk"] = StateTable.PartitionKey }
                : new() { ["#" + AlertItem.Version] = AlertItem.Version },
            ExpressionAttributeValues = expectedVersion is { } version ? new() { [":read"] = Attr.N(version) } : null,
        };
        var put = await DynamoCall.TryConditionalAsync(() => client.PutItemAsync(request, cancellationToken), operation, tableName, record.Key, cancellationToken).ConfigureAwait(false);
        return put is not null;
    }

    /// <summary>The record as stored, and the token of the put that wrote it.</summary>
    private async Task<(AlertRecord? Record, string? WrittenBy)> ReadAsync(string key, string operation, CancellationToken cancellationToken)
    {
        var request = new GetItemRequest { TableName = tableName, Key = StateKeys.Alert(_place, key), ConsistentRead = true };
        var response = await DynamoCall.RunAsync(() => client.GetItemAsync(request, cancellationToken), operation, tableName, key, cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? (AlertItem.Decode(item, tableName), item.GetValueOrDefault(WriteToken.Attribute)?.S) : (null, null);
    }

    private async Task<IReadOnlyList<AlertRecord>> QueryAlertsAsync(bool openOnly, string? filter, string operation, CancellationToken cancellationToken)
    {
        var request = new QueryRequest
        {
            TableName = tableName,
            IndexName = StateTable.AlertsIndex,
            KeyConditionExpression = openOnly ? "#pk = :pk AND begins_with(#sk, :open)" : "#pk = :pk",
            FilterExpression = filter,
            ExpressionAttributeNames = new() { ["#pk"] = StateTable.AlertsPartitionKey },
            ExpressionAttributeValues = new() { [":pk"] = Attr.S(StateKeys.AlertsPartitionOf(_place)) },
        };
        if (openOnly)
        {
            request.ExpressionAttributeNames["#sk"] = StateTable.AlertsSortKey;
            request.ExpressionAttributeValues[":open"] = Attr.S(AlertItem.IndexSort(AlertState.Open, ""));
        }

        if (filter is not null)
        {
            request.ExpressionAttributeNames["#" + AlertItem.Pending] = AlertItem.Pending;
        }

        return await DynamoPages.QueryAsync(client, request, operation, item => AlertItem.Decode(item, tableName), cancellationToken).ConfigureAwait(false);
    }
}
