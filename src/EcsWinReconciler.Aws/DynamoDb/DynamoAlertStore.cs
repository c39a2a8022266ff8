using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// <see cref="IAlertStore"/> on the State table (<c>ALERT#{key}</c> / <c>ALERT</c>, see <see cref="StateTable"/>). Each call reads
/// the record, decides the step (<see cref="AlertRules"/>) and makes it as one conditional write (<see cref="AlertUpdates"/>);
/// a failed condition means another run moved first, so the call reads again and decides again. That is how, of N concurrent
/// openers, exactly one gets Opened and the rest Joined, and of N leavers exactly one gets Resolved.
/// Resolved alerts expire <c>resolvedRetention</c> after they resolved (30 days by default).
/// </summary>
public sealed partial class DynamoAlertStore(IAmazonDynamoDB client, string tableName, TimeSpan? resolvedRetention = null) : IAlertStore
{
    // Every round lets at least one contender through (the write that failed us succeeded for someone), so this bounds contenders.
    private const int MaxAttempts = 64;

    private readonly TimeSpan _retention = resolvedRetention ?? DefaultResolvedRetention;

    public static TimeSpan DefaultResolvedRetention { get; } = TimeSpan.FromDays(30);

    public async Task<AlertRecord?> GetAsync(string key, CancellationToken cancellationToken) =>
        (await ReadAsync(key, "GetAlert", cancellationToken).ConfigureAwait(false))?.Record;

    public async Task<AlertChange> OpenOrJoinAsync(AlertRecord candidate, string taskArn, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await ReadAsync(candidate.Key, "OpenAlert", cancellationToken).ConfigureAwait(false);
            var change = AlertRules.DecideOpen(stored?.Record, taskArn) switch
            {
                AlertStep.Create => await TryPutOpenedAsync(AlertRules.Opened(candidate, taskArn, now, notificationLease, null), null, cancellationToken).ConfigureAwait(false),
                AlertStep.Reopen => await TryPutOpenedAsync(AlertRules.Opened(candidate, taskArn, now, notificationLease, stored!.Record), stored, cancellationToken).ConfigureAwait(false),
                AlertStep.Join => await TryUpdateAsync(candidate.Key, AlertUpdates.Join(taskArn), AlertTransition.Joined, "JoinAlert", cancellationToken).ConfigureAwait(false),
                _ => new AlertChange(AlertTransition.Unchanged, stored!.Record),
            };
            if (change is not null)
            {
                return change;
            }
        }

        throw Contention(candidate.Key, "OpenAlert");
    }

    public async Task<AlertChange> LeaveAsync(string key, string taskArn, LeaveMode mode, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await ReadAsync(key, "LeaveAlert", cancellationToken).ConfigureAwait(false);
            var change = AlertRules.DecideLeave(stored?.Record, taskArn, mode) switch
            {
                AlertStep.Resolve => await TryUpdateAsync(key, AlertUpdates.Resolve(key, stored!.Version, now, notificationLease, _retention), AlertTransition.Resolved, "ResolveAlert", cancellationToken).ConfigureAwait(false),
                AlertStep.Leave => await TryUpdateAsync(key, AlertUpdates.Leave(taskArn), AlertTransition.Left, "LeaveAlert", cancellationToken).ConfigureAwait(false),
                AlertStep.LeaveKeepOpen => await TryUpdateAsync(key, AlertUpdates.LeaveKeepOpen(taskArn), AlertTransition.Left, "LeaveAlert", cancellationToken).ConfigureAwait(false),
                _ => new AlertChange(AlertTransition.NotOpen, stored?.Record),
            };
            if (change is not null)
            {
                return change;
            }
        }

        throw Contention(key, "LeaveAlert");
    }

    public async Task<IReadOnlyList<AlertRecord>> ListAsync(bool openOnly, CancellationToken cancellationToken) =>
        await QueryAlertsAsync(openOnly, null, "ListAlerts", cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<AlertRecord>> ListPendingNotificationsAsync(CancellationToken cancellationToken) =>
        await QueryAlertsAsync(false, $"attribute_exists(#{AlertItem.Pending})", "ListPendingNotifications", cancellationToken).ConfigureAwait(false);

    private async Task<AlertChange?> TryPutOpenedAsync(AlertRecord opened, StoredAlert? replacing, CancellationToken cancellationToken)
    {
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = AlertItem.Encode(opened, (replacing?.Version ?? 0) + 1, _retention),
            ConditionExpression = replacing is null ? "attribute_not_exists(#pk)" : $"#{AlertItem.Version} = :read",
            ExpressionAttributeNames = replacing is null
                ? new() { ["#pk"] = StateTable.PartitionKey }
                : new() { ["#" + AlertItem.Version] = AlertItem.Version },
            ExpressionAttributeValues = replacing is null ? null : new() { [":read"] = Attr.N(replacing.Version) },
        };
        var put = await DynamoCall.TryConditionalAsync(() => client.PutItemAsync(request, cancellationToken), "OpenAlert", tableName, opened.Key, cancellationToken).ConfigureAwait(false);
        return put is null ? null : new AlertChange(AlertTransition.Opened, opened);
    }

    private async Task<AlertChange?> TryUpdateAsync(string key, AlertUpdate update, AlertTransition transition, string operation, CancellationToken cancellationToken)
    {
        var updated = await TryUpdateAsync(key, update, operation, cancellationToken).ConfigureAwait(false);
        return updated is null ? null : new AlertChange(transition, updated.Record);
    }

    private async Task<StoredAlert?> TryUpdateAsync(string key, AlertUpdate update, string operation, CancellationToken cancellationToken)
    {
        var request = new UpdateItemRequest
        {
            TableName = tableName,
            Key = StateKeys.Alert(key),
            UpdateExpression = update.Expression,
            ConditionExpression = update.Condition,
            ExpressionAttributeNames = update.Names,
            ExpressionAttributeValues = update.Values,
            ReturnValues = ReturnValue.ALL_NEW,
        };
        var response = await DynamoCall.TryConditionalAsync(() => client.UpdateItemAsync(request, cancellationToken), operation, tableName, key, cancellationToken).ConfigureAwait(false);
        return response is null ? null : AlertItem.Decode(response.Attributes, tableName);
    }

    private async Task<StoredAlert?> ReadAsync(string key, string operation, CancellationToken cancellationToken)
    {
        var request = new GetItemRequest { TableName = tableName, Key = StateKeys.Alert(key), ConsistentRead = true };
        var response = await DynamoCall.RunAsync(() => client.GetItemAsync(request, cancellationToken), operation, tableName, key, cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? AlertItem.Decode(item, tableName) : null;
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
            ExpressionAttributeValues = new() { [":pk"] = Attr.S(StateKeys.AlertsPartition) },
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

        var items = await DynamoPages.QueryAsync(client, request, operation, cancellationToken).ConfigureAwait(false);
        return [.. items.Select(item => AlertItem.Decode(item, tableName).Record)];
    }

    private AdapterException Contention(string key, string operation) =>
        new(DynamoCall.Component, operation, DynamoCall.Resource(tableName, key),
            $"gave up after {MaxAttempts} attempts: other runs kept changing the alert", isTransient: true, errorCode: "Contention");
}
