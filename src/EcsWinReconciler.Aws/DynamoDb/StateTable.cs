using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// Layout of the State table, a single-table design written by the reconciler. template.yaml mirrors
/// <see cref="CreateRequest"/> and enables TTL on <see cref="TimeToLiveAttribute"/>.
/// </summary>
/// <remarks>
/// Items (<c>pk</c> / <c>sk</c>, both S; key shapes in <see cref="StateKeys"/>):
/// <list type="bullet">
/// <item>Task status: <c>TASK#{taskArn}</c> / <c>STATUS</c>; in <see cref="ByClusterIndex"/> as <c>CLUSTER#{cluster name}</c> /
/// <c>{family}#{taskArn}</c>; TTL once the task stopped (<c>expiresAt</c>).</item>
/// <item>Alert: <c>ALERT#{alert key}</c> / <c>ALERT</c>; in <see cref="AlertsIndex"/> as <c>ALERTS</c> / <c>{Open|Resolved}#{key}</c>;
/// TTL a retention after it resolved, none while open.</item>
/// <item>Action claim: <c>CLAIM#{actionKey}</c> / <c>CLAIM</c>; TTL a day after its lease ends.</item>
/// <item>Ledger entry: <c>LEDGER</c> / <c>{at}#{actionKey}#{taskArn}</c> (<c>#dry-run</c> after it for a dry run), so "since" is a key-range query; TTL a retention after it (30 days by
/// default). One partition is enough: entries are bounded by the remediation budget and the claims, far below a partition's write rate.</item>
/// <item>Budget window: <c>BUDGET#{window start}</c> / <c>BUDGET</c>; TTL a day after the window ends.</item>
/// <item>Sweep cursor: <c>CURSOR#{sweep}</c> / <c>CURSOR</c>: where the last run of a resync sweep stopped; no TTL.</item>
/// <item>Pending re-check: <c>RECHECK#{root key}</c> / <c>RECHECK</c>: one delayed re-check per root in the queue (its token and due
/// time); TTL a day after it was due.</item>
/// </list>
/// Two indexes, both sparse (only items that carry their keys appear), both projecting every attribute:
/// <see cref="ByClusterIndex"/> answers "status by cluster (and family)" without a Scan;
/// <see cref="AlertsIndex"/> holds every alert in one small partition (resolved alerts expire), sorted open first, so "open alerts"
/// is a key-range query and "pending notifications" is that partition filtered. Times are ISO-8601 UTC strings (<see cref="StoredTime"/>).
/// </remarks>
public static class StateTable
{
    public const string PartitionKey = "pk";
    public const string SortKey = "sk";
    public const string KindAttribute = "kind";

    /// <summary>Epoch seconds (N); DynamoDB deletes the item some time after it (up to days later, so reads never rely on it).</summary>
    public const string TimeToLiveAttribute = "ttl";

    public const string ByClusterIndex = "byCluster";
    public const string ByClusterPartitionKey = "byClusterPk";
    public const string ByClusterSortKey = "byClusterSk";

    public const string AlertsIndex = "alerts";
    public const string AlertsPartitionKey = "alertsPk";
    public const string AlertsSortKey = "alertsSk";

    public static CreateTableRequest CreateRequest(string tableName) => new()
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions =
        [
            new AttributeDefinition(PartitionKey, ScalarAttributeType.S),
            new AttributeDefinition(SortKey, ScalarAttributeType.S),
            new AttributeDefinition(ByClusterPartitionKey, ScalarAttributeType.S),
            new AttributeDefinition(ByClusterSortKey, ScalarAttributeType.S),
            new AttributeDefinition(AlertsPartitionKey, ScalarAttributeType.S),
            new AttributeDefinition(AlertsSortKey, ScalarAttributeType.S),
        ],
        KeySchema = [new KeySchemaElement(PartitionKey, KeyType.HASH), new KeySchemaElement(SortKey, KeyType.RANGE)],
        GlobalSecondaryIndexes =
        [
            Index(ByClusterIndex, ByClusterPartitionKey, ByClusterSortKey),
            Index(AlertsIndex, AlertsPartitionKey, AlertsSortKey),
        ],
        SSESpecification = new SSESpecification { Enabled = true },
    };

    private static GlobalSecondaryIndex Index(string name, string partitionKey, string sortKey) => new()
    {
        IndexName = name,
        KeySchema = [new KeySchemaElement(partitionKey, KeyType.HASH), new KeySchemaElement(sortKey, KeyType.RANGE)],
        Projection = new Projection { ProjectionType = ProjectionType.ALL },
    };
}
