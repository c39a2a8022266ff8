using Amazon.DynamoDBv2.Model;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>The key shapes of the State table's items (see <see cref="StateTable"/>).</summary>
internal static class StateKeys
{
    public const string StatusKind = "STATUS";
    public const string AlertKind = "ALERT";
    public const string ClaimKind = "CLAIM";
    public const string LedgerKind = "LEDGER";
    public const string BudgetKind = "BUDGET";
    public const string CursorKind = "CURSOR";
    public const string RecheckKind = "RECHECK";

    public const string LedgerPartition = "LEDGER";
    public const string AlertsPartition = "ALERTS";

    public static Dictionary<string, AttributeValue> Status(string taskArn) => Key($"TASK#{taskArn}", StatusKind);

    public static Dictionary<string, AttributeValue> Alert(StatePlace place, string alertKey) => Key($"ALERT#{place.KeyPrefix}{alertKey}", AlertKind);

    /// <summary>The alerts index's partition of one place: every alert of the hub's own in <c>ALERTS</c>, a member's in its own.</summary>
    public static string AlertsPartitionOf(StatePlace place) => AlertsPartition + place.PartitionSuffix;

    public static Dictionary<string, AttributeValue> Claim(StatePlace place, string actionKey) => Key($"CLAIM#{place.KeyPrefix}{actionKey}", ClaimKind);

    /// <summary>
    /// An entry's key: time first, so "since" is a key range; then action, task, and a mark on dry runs. The task is part of the
    /// key: the tasks of one service plan the same action (a shared rule) and may record it in the same tick, and each is an
    /// entry of its own; a dry run and a real run of one change at one instant (a spec switched to remediate) are two entries.
    /// Real entries keep the key they always had. Each place has its ledger partition (<see cref="LedgerPartitionOf"/>).
    /// </summary>
    public static Dictionary<string, AttributeValue> Ledger(StatePlace place, DateTimeOffset at, string actionKey, string taskArn, bool dryRun) =>
        Key(LedgerPartitionOf(place), $"{StoredTime.ToText(at)}#{actionKey}#{taskArn}{(dryRun ? "#dry-run" : string.Empty)}");

    public static string LedgerPartitionOf(StatePlace place) => LedgerPartition + place.PartitionSuffix;

    public static Dictionary<string, AttributeValue> Budget(StatePlace place, DateTimeOffset windowStart) =>
        Key($"BUDGET#{place.KeyPrefix}{StoredTime.ToText(windowStart)}", BudgetKind);

    public static Dictionary<string, AttributeValue> Cursor(StatePlace place, string sweep) => Key($"CURSOR#{place.KeyPrefix}{sweep}", CursorKind);

    /// <summary>The pending re-check of one root (<see cref="DynamoRecheckMarkers"/>).</summary>
    public static Dictionary<string, AttributeValue> Recheck(StatePlace place, string root) => Key($"RECHECK#{place.KeyPrefix}{root}", RecheckKind);

    public static string ClusterPartition(StatePlace place, string clusterOrArn) => $"CLUSTER#{place.KeyPrefix}{ClusterName(clusterOrArn)}";

    public static string ClusterSort(string family, string taskArn) => $"{family}#{taskArn}";

    /// <summary>
    /// Statuses are grouped by cluster name, so a query by name or by ARN finds the same tasks
    /// (<c>arn:aws:ecs:us-east-1:123456789012:cluster/win-prod</c> → <c>win-prod</c>), within one <see cref="StatePlace"/>.
    /// </summary>
    public static string ClusterName(string clusterOrArn)
    {
        const string marker = ":cluster/";
        var at = clusterOrArn.StartsWith("arn:", StringComparison.Ordinal) ? clusterOrArn.LastIndexOf(marker, StringComparison.Ordinal) : -1;
        return at < 0 ? clusterOrArn : clusterOrArn[(at + marker.Length)..];
    }

    public static string Describe(Dictionary<string, AttributeValue> key) =>
        $"{key[StateTable.PartitionKey].S}/{key[StateTable.SortKey].S}";

    private static Dictionary<string, AttributeValue> Key(string partition, string sort) => new()
    {
        [StateTable.PartitionKey] = Attr.S(partition),
        [StateTable.SortKey] = Attr.S(sort),
    };
}
