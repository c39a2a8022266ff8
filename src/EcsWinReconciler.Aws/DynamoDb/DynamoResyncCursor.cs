using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// <see cref="IResyncCursor"/> on the State table: one small item per sweep (<c>CURSOR#{sweep}</c> / <c>CURSOR</c>) holding the
/// position its last batch ended at. Read consistently (the previous run may have written it seconds ago); written
/// unconditionally (last writer wins, see <see cref="IResyncCursor"/>). No TTL: a sweep's cursor is needed as long as the sweep runs.
/// </summary>
public sealed class DynamoResyncCursor(IAmazonDynamoDB client, string tableName, StatePlace? place = null) : IResyncCursor
{
    private readonly StatePlace _place = place ?? StatePlace.Home;

    private const string PositionAttribute = "position";
    private const string UpdatedAtAttribute = "updatedAt";

    public async Task<string?> GetAsync(string sweep, CancellationToken cancellationToken)
    {
        var key = StateKeys.Cursor(_place, sweep);
        var request = new GetItemRequest { TableName = tableName, Key = key, ConsistentRead = true };
        var response = await DynamoCall.RunAsync(() => client.GetItemAsync(request, cancellationToken), "GetResyncCursor", tableName, StateKeys.Describe(key), cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? new ItemReader(item, tableName, StateKeys.Describe(key)).String(PositionAttribute) : null;
    }

    public async Task SaveAsync(string sweep, string position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = StateKeys.Cursor(_place, sweep);
        var item = new Dictionary<string, AttributeValue>(key)
        {
            [StateTable.KindAttribute] = Attr.S(StateKeys.CursorKind),
            [PositionAttribute] = Attr.S(position),
            [UpdatedAtAttribute] = Attr.Time(now),
        };
        var request = new PutItemRequest { TableName = tableName, Item = item };
        await DynamoCall.RunAsync(() => client.PutItemAsync(request, cancellationToken), "SaveResyncCursor", tableName, StateKeys.Describe(key), cancellationToken).ConfigureAwait(false);
    }
}
