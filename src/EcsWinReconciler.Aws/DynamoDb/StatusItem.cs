using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>Encodes and decodes a task status item of the State table (conditions and findings as lists of maps).</summary>
internal static class StatusItem
{
    public const string LastEventVersion = "lastEventVersion";
    public const string ClusterArn = "clusterArn";
    public const string Family = "family";

    public static Dictionary<string, AttributeValue> Encode(TaskNetworkStatus status, StatePlace place)
    {
        var item = StateKeys.Status(status.TaskArn);
        item[StateTable.KindAttribute] = Attr.S(StateKeys.StatusKind);
        item[StateTable.ByClusterPartitionKey] = Attr.S(StateKeys.ClusterPartition(place, status.ClusterArn));
        item[StateTable.ByClusterSortKey] = Attr.S(StateKeys.ClusterSort(status.Family, status.TaskArn));
        item["taskArn"] = Attr.S(status.TaskArn);
        item[ClusterArn] = Attr.S(status.ClusterArn);
        item[Family] = Attr.S(status.Family);
        item.AddIfSet("specName", status.SpecName);
        item["observedGeneration"] = Attr.N(status.ObservedGeneration);
        item[LastEventVersion] = Attr.N(status.LastEventVersion);
        item["lastStatus"] = Attr.S(status.LastStatus);
        item["judgement"] = Attr.Enum(status.Judgement);
        item["reason"] = Attr.S(status.Reason);
        item["conditions"] = Attr.Maps(status.Conditions.Select(EncodeCondition));
        item["findings"] = Attr.Maps(status.Findings.Select(EncodeFinding));
        item["updatedAt"] = Attr.Time(status.UpdatedAt);
        item.AddIfSet("expiresAt", status.ExpiresAt);
        FactsItem.AddTo(item, status.Facts);
        if (status.ExpiresAt is { } expiresAt)
        {
            item[StateTable.TimeToLiveAttribute] = Attr.Ttl(expiresAt);
        }

        return item;
    }

    public static TaskNetworkStatus Decode(Dictionary<string, AttributeValue> item, string table)
    {
        var r = new ItemReader(item, table, StateKeys.Describe(item));
        return new TaskNetworkStatus(
            r.String("taskArn"), r.String(ClusterArn), r.String(Family), r.OptionalString("specName"),
            r.Long("observedGeneration"), r.Long(LastEventVersion), r.String("lastStatus"),
            r.Enum<JudgementKind>("judgement"), r.String("reason"),
            r.Maps("conditions").Select(DecodeCondition).ToEquatableArray(),
            r.Maps("findings").Select(DecodeFinding).ToEquatableArray(),
            r.Time("updatedAt"), r.OptionalTime("expiresAt"))
        {
            Facts = FactsItem.Read(r),
        };
    }

    private static Dictionary<string, AttributeValue> EncodeCondition(StatusCondition c) => new()
    {
        ["type"] = Attr.S(c.Type),
        ["status"] = Attr.Enum(c.Status),
        ["reason"] = Attr.S(c.Reason),
        ["message"] = Attr.S(c.Message),
        ["lastTransitionTime"] = Attr.Time(c.LastTransitionTime),
    };

    private static StatusCondition DecodeCondition(ItemReader r) =>
        new(r.String("type"), r.Enum<ConditionStatus>("status"), r.String("reason"), r.String("message"), r.Time("lastTransitionTime"));

    private static Dictionary<string, AttributeValue> EncodeFinding(FindingRecord f) => new Dictionary<string, AttributeValue>
    {
        ["id"] = Attr.S(f.Id),
        ["check"] = Attr.S(f.Check),
        ["severity"] = Attr.Enum(f.Severity),
        ["scope"] = Attr.Enum(f.Scope),
        ["expected"] = Attr.S(f.Expected),
        ["actual"] = Attr.S(f.Actual),
        ["message"] = Attr.S(f.Message),
        ["decision"] = Attr.Enum(f.Decision.Kind),
        ["reason"] = Attr.S(f.Decision.Reason),
    }.With("action", f.Decision.Action).With("root", f.Root.Length > 0 ? f.Root : null).With("alertKey", f.AlertKey);

    private static FindingRecord DecodeFinding(ItemReader r) =>
        new(r.String("id"), r.String("check"), r.Enum<Severity>("severity"), r.Enum<FindingScope>("scope"),
            r.String("expected"), r.String("actual"), r.String("message"), DecodeDecision(r))
        {
            Root = r.OptionalString("root") ?? string.Empty,
            AlertKey = r.OptionalString("alertKey"),
        };

    /// <summary>
    /// A status written before decisions were typed has only its words (<c>handling</c>): kept as a recorded decision with
    /// those words, and no alert link (alerts of that version are resolved by the resync's sweep).
    /// </summary>
    private static FindingDecision DecodeDecision(ItemReader r) =>
        r.OptionalEnum<DecisionKind>("decision") is { } kind
            ? new FindingDecision(kind, r.String("reason")) { Action = r.OptionalString("action") }
            : FindingDecision.Recorded(r.String("handling"));
}
