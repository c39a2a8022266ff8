using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.Caching;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// <see cref="ISpecStore"/> on the Specs table (<see cref="SpecsTable"/>). Every write is conditional on the generation it read
/// (or on the spec's absence), so concurrent applies never lose one: the loser re-reads and applies on top, unless the caller
/// gave an expected generation, which then no longer matches (Conflict). Reads parse the stored document with
/// <c>parse</c> and fail loudly, naming the spec, when it no longer parses. The list is kept for <c>listMaxAge</c>
/// (<see cref="DefaultListMaxAge"/>) across warm invocations: every reconcile starts with it, and a Scan per event
/// would cost more than the rest of a warm event. An apply or delete through this store, and <see cref="Forget"/>, drop it.
/// </summary>
public sealed class DynamoSpecStore(IAmazonDynamoDB client, string tableName, Func<string, TaskNetworkSpec> parse, TimeProvider timeProvider, TimeSpan? listMaxAge = null)
    : ISpecStore
{
    // Each round of a contended apply lets at least one writer through, so this bounds the contenders, not the wait.
    private const int MaxAttempts = 64;

    // One entry, keyed by the table: an apply, a delete or a forget during a scan drops it, so that scan (which may
    // predate the change) answers its caller but is not kept.
    private readonly TtlCache<string, IReadOnlyList<StoredSpec>> _list = new(timeProvider, listMaxAge ?? DefaultListMaxAge);

    /// <summary>
    /// Specs are edited by people, rarely, and the spec-change function reconciles the tasks a change reaches right away
    /// with a fresh list (it calls <see cref="Forget"/> first). Other functions may judge with the previous generation for
    /// at most this long; in exchange a warm instance scans the table at most twice a minute instead of once per event.
    /// </summary>
    public static TimeSpan DefaultListMaxAge { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Drops the kept list: the next <see cref="ListAsync"/> scans (a stream record said a spec changed).</summary>
    public void Forget() => _list.Clear();

    public async Task<StoredSpec?> GetAsync(string name, CancellationToken cancellationToken)
    {
        var item = await ReadAsync(name, "GetSpec", cancellationToken).ConfigureAwait(false);
        return item is null ? null : SpecItem.Decode(item, tableName, parse);
    }

    public Task<IReadOnlyList<StoredSpec>> ListAsync(CancellationToken cancellationToken) =>
        _list.GetAsync(tableName, (_, ct) => ScanAsync(ct), cancellationToken);

    private async Task<IReadOnlyList<StoredSpec>> ScanAsync(CancellationToken cancellationToken)
    {
        var items = await DynamoPages.ScanAsync(client, new ScanRequest { TableName = tableName, ConsistentRead = true }, "ListSpecs", cancellationToken).ConfigureAwait(false);
        var specs = new List<StoredSpec>(items.Count);
        var failures = new List<AdapterException>();
        foreach (var item in items)
        {
            try
            {
                specs.Add(SpecItem.Decode(item, tableName, parse));
            }
            catch (AdapterException e)
            {
                failures.Add(e);
            }
        }

        return failures.Count == 0 ? [.. specs.OrderBy(s => s.Name, StringComparer.Ordinal)] : throw Unreadable(failures);
    }

    public async Task<SpecApplyResult> ApplyAsync(TaskNetworkSpec spec, string document, long? expectedGeneration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(document);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var item = await ReadAsync(spec.Name, "ApplySpec", cancellationToken).ConfigureAwait(false);
            var stored = item is null ? null : SpecItem.Version(item, tableName, spec.Name);
            if (SpecApplyRules.Settle(stored, document, expectedGeneration) is { } settled)
            {
                return settled;
            }

            if (await TryWriteAsync(spec.Name, document, stored, cancellationToken).ConfigureAwait(false) is { } written)
            {
                _list.Clear();
                return written;
            }
        }

        throw new AdapterException(DynamoCall.Component, "ApplySpec", DynamoCall.Resource(tableName, spec.Name),
            $"gave up after {MaxAttempts} attempts: other applies kept changing the spec", isTransient: true, errorCode: "Contention");
    }

    public async Task<bool> DeleteAsync(string name, long? expectedGeneration, CancellationToken cancellationToken)
    {
        var request = new DeleteItemRequest
        {
            TableName = tableName,
            Key = SpecItem.Key(name),
            ConditionExpression = expectedGeneration is null ? "attribute_exists(#name)" : "#generation = :generation",
            ExpressionAttributeNames = expectedGeneration is null
                ? new() { ["#name"] = SpecsTable.NameAttribute }
                : new() { ["#generation"] = SpecsTable.GenerationAttribute },
            ExpressionAttributeValues = expectedGeneration is { } expected ? new() { [":generation"] = Attr.N(expected) } : null,
        };
        var deleted = await DynamoCall.TryConditionalAsync(() => client.DeleteItemAsync(request, cancellationToken), "DeleteSpec", tableName, name, cancellationToken).ConfigureAwait(false);
        _list.Clear();
        return deleted is not null;
    }

    private async Task<SpecApplyResult?> TryWriteAsync(string name, string document, StoredSpecVersion? stored, CancellationToken cancellationToken)
    {
        var generation = (stored?.Generation ?? 0) + 1;
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = SpecItem.Encode(name, document, generation, timeProvider.GetUtcNow()),
            ConditionExpression = stored is null ? "attribute_not_exists(#name)" : "#generation = :read",
            ExpressionAttributeNames = stored is null
                ? new() { ["#name"] = SpecsTable.NameAttribute }
                : new() { ["#generation"] = SpecsTable.GenerationAttribute },
            ExpressionAttributeValues = stored is null ? null : new() { [":read"] = Attr.N(stored.Generation) },
        };
        var put = await DynamoCall.TryConditionalAsync(() => client.PutItemAsync(request, cancellationToken), "ApplySpec", tableName, name, cancellationToken).ConfigureAwait(false);
        return put is null ? null : new SpecApplyResult(stored is null ? SpecApplyOutcome.Created : SpecApplyOutcome.Updated, generation);
    }

    private async Task<Dictionary<string, AttributeValue>?> ReadAsync(string name, string operation, CancellationToken cancellationToken)
    {
        var request = new GetItemRequest { TableName = tableName, Key = SpecItem.Key(name), ConsistentRead = true };
        var response = await DynamoCall.RunAsync(() => client.GetItemAsync(request, cancellationToken), operation, tableName, name, cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? item : null;
    }

    private AdapterException Unreadable(List<AdapterException> failures) =>
        failures.Count == 1
            ? failures[0]
            : new AdapterException(DynamoCall.Component, "ListSpecs", tableName,
                $"{failures.Count} stored specs cannot be read back: " + string.Join("; ", failures.Select(f => f.Message)),
                errorCode: "InvalidStoredSpec", innerException: new AggregateException(failures));
}
