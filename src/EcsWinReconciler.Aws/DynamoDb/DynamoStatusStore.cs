using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// <see cref="IStatusStore"/> on the State table (<c>TASK#{taskArn}</c> / <c>STATUS</c>, see <see cref="StateTable"/>).
/// A get answers from the last status this process saw for the task (a warm cache, trusted for <c>cacheMaxAge</c>) or,
/// failing that, from a consistent read; a put compares with the same and writes only when the content changed: a
/// reconcile of a task seen moments ago that concluded the same thing makes no call at all. A task the caller judged
/// from its run's listing is written without a read (<see cref="PutAfterListingAsync"/>). The write itself is conditional on the stored event version, so an older event never overwrites a
/// newer status even when two runs race. Listing by cluster (and family) queries <see cref="StateTable.ByClusterIndex"/>;
/// only a listing across all clusters scans.
/// </summary>
public sealed class DynamoStatusStore(
    IAmazonDynamoDB client, string tableName, TimeProvider timeProvider, TimeSpan? cacheMaxAge = null, int cacheCapacity = DynamoStatusStore.DefaultCacheCapacity,
    StatePlace? place = null)
    : IStatusStore
{
    private readonly StatePlace _place = place ?? StatePlace.Home;

    /// <summary>
    /// Statuses kept at most (those this process wrote or read; a listing is the caller's to keep).
    /// </summary>
    public const int DefaultCacheCapacity = 10_000;

    /// <summary>
    /// A cached entry is stale only when another process (another instance, or another function) wrote the same task since;
    /// a reconcile that then starts from it may decide from an older "previous" (which alerts to leave, whether to write).
    /// One minute bounds that window while keeping a task's burst of events (ECS emits several per transition, often
    /// seconds apart) and a repeated reconcile to no read at all. Resync reads whole selections in one query instead.
    /// </summary>
    public static TimeSpan DefaultCacheMaxAge { get; } = TimeSpan.FromMinutes(1);

    private const int MaxAttempts = 8;

    private readonly StatusCache _cache = new(timeProvider, cacheMaxAge ?? DefaultCacheMaxAge, cacheCapacity);

    public async Task<TaskNetworkStatus?> GetAsync(string taskArn, CancellationToken cancellationToken) =>
        _cache.TryGet(taskArn, out var known) ? known : await ReadAsync(taskArn, "GetStatus", cancellationToken).ConfigureAwait(false);

    public async Task<StatusWriteResult> PutAsync(TaskNetworkStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var known = _cache.TryGet(status.TaskArn, out var cached) ? cached : await ReadAsync(status.TaskArn, "PutStatus", cancellationToken).ConfigureAwait(false);
        return await SettleAsync(status, known, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The caller compared with its run's listing and found the content changed: written at once unless the listed version
    /// is newer. A first resync of a new fleet thus writes each status with no read, however long it runs; the condition
    /// catches a newer status that landed since the listing, or one the index had not shown yet (then read and settle).
    /// </summary>
    public async Task<StatusWriteResult> PutAfterListingAsync(TaskNetworkStatus status, TaskNetworkStatus? listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (listed is not null && listed.LastEventVersion > status.LastEventVersion)
        {
            return StatusWriteResult.Stale;
        }

        if (await TryWriteAsync(status, cancellationToken).ConfigureAwait(false))
        {
            _cache.Remember(status);
            return StatusWriteResult.Written;
        }

        var known = await ReadAsync(status.TaskArn, "PutStatus", cancellationToken).ConfigureAwait(false);
        return await SettleAsync(status, known, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes unless <paramref name="known"/> (the stored status as last read) settles it; reads again when a newer write beat ours.</summary>
    private async Task<StatusWriteResult> SettleAsync(TaskNetworkStatus status, TaskNetworkStatus? known, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (StatusWriteRules.Settle(known, status) is { } settled)
            {
                return settled;
            }

            if (await TryWriteAsync(status, cancellationToken).ConfigureAwait(false))
            {
                _cache.Remember(status);
                return StatusWriteResult.Written;
            }

            // A newer event's status landed between our read and our write.
            known = await ReadAsync(status.TaskArn, "PutStatus", cancellationToken).ConfigureAwait(false);
        }

        throw new AdapterException(DynamoCall.Component, "PutStatus", DynamoCall.Resource(tableName, status.TaskArn),
            $"gave up after {MaxAttempts} attempts: the stored status kept changing", isTransient: true, errorCode: "Contention");
    }

    public async Task<IReadOnlyList<TaskNetworkStatus>> ListAsync(string? cluster, string? family, CancellationToken cancellationToken)
    {
        var statuses = cluster is null
            ? [.. (await DynamoPages.ScanAsync(client, ScanAll(family), "ListStatus", cancellationToken).ConfigureAwait(false)).Select(item => StatusItem.Decode(item, tableName))]
            : await DynamoPages.QueryAsync(client, QueryCluster(cluster, family), "ListStatus", item => StatusItem.Decode(item, tableName), cancellationToken).ConfigureAwait(false);
        return
        [
            .. statuses
                .OrderBy(s => s.ClusterArn, StringComparer.Ordinal)
                .ThenBy(s => s.Family, StringComparer.Ordinal)
                .ThenBy(s => s.TaskArn, StringComparer.Ordinal),
        ];
    }

    private async Task<bool> TryWriteAsync(TaskNetworkStatus status, CancellationToken cancellationToken)
    {
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = StatusItem.Encode(status, _place),
            ConditionExpression = "attribute_not_exists(#pk) OR #version <= :version",
            ExpressionAttributeNames = new() { ["#pk"] = StateTable.PartitionKey, ["#version"] = StatusItem.LastEventVersion },
            ExpressionAttributeValues = new() { [":version"] = Attr.N(status.LastEventVersion) },
        };
        var put = await DynamoCall.TryConditionalAsync(() => client.PutItemAsync(request, cancellationToken), "PutStatus", tableName, status.TaskArn, cancellationToken).ConfigureAwait(false);
        return put is not null;
    }

    private async Task<TaskNetworkStatus?> ReadAsync(string taskArn, string operation, CancellationToken cancellationToken)
    {
        var request = new GetItemRequest { TableName = tableName, Key = StateKeys.Status(taskArn), ConsistentRead = true };
        var response = await DynamoCall.RunAsync(() => client.GetItemAsync(request, cancellationToken), operation, tableName, taskArn, cancellationToken).ConfigureAwait(false);
        if (response.Item is not { Count: > 0 } item)
        {
            _cache.RememberAbsent(taskArn);
            return null;
        }

        var status = StatusItem.Decode(item, tableName);
        _cache.Remember(status);
        return status;
    }

    private QueryRequest QueryCluster(string cluster, string? family) => new()
    {
        TableName = tableName,
        IndexName = StateTable.ByClusterIndex,
        KeyConditionExpression = family is null ? "#pk = :pk" : "#pk = :pk AND begins_with(#sk, :family)",
        ExpressionAttributeNames = family is null
            ? new() { ["#pk"] = StateTable.ByClusterPartitionKey }
            : new() { ["#pk"] = StateTable.ByClusterPartitionKey, ["#sk"] = StateTable.ByClusterSortKey },
        ExpressionAttributeValues = family is null
            ? new() { [":pk"] = Attr.S(StateKeys.ClusterPartition(_place, cluster)) }
            : new() { [":pk"] = Attr.S(StateKeys.ClusterPartition(_place, cluster)), [":family"] = Attr.S(StateKeys.ClusterSort(family, "")) },
    };

    // Across all clusters there is no key to query by; statuses are most of the table, so the scan reads little else. Only this
    // place's: a member's by-cluster partitions start with its prefix; the hub's own hold no '/' (cluster names cannot).
    private ScanRequest ScanAll(string? family)
    {
        var request = new ScanRequest
        {
            TableName = tableName,
            FilterExpression = "#kind = :kind AND " + (_place.Member is null ? "NOT contains(#byCluster, :slash)" : "begins_with(#byCluster, :place)"),
            ExpressionAttributeNames = new() { ["#kind"] = StateTable.KindAttribute, ["#byCluster"] = StateTable.ByClusterPartitionKey },
            ExpressionAttributeValues = new()
            {
                [":kind"] = Attr.S(StateKeys.StatusKind),
                [_place.Member is null ? ":slash" : ":place"] = Attr.S(_place.Member is null ? "/" : StateKeys.ClusterPartition(_place, string.Empty)),
            },
        };
        if (family is not null)
        {
            request.FilterExpression += " AND #family = :family";
            request.ExpressionAttributeNames["#family"] = StatusItem.Family;
            request.ExpressionAttributeValues[":family"] = Attr.S(family);
        }

        return request;
    }
}
