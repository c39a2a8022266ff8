using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>Encodes and decodes the ledger's items of the State table: entries and action claims.</summary>
internal static class LedgerItem
{
    public const string LeaseUntil = "leaseUntil";
    public const string DoneAt = "doneAt";

    /// <summary>A claim lingers a day past its lease so a run that is late to check still finds it, then TTL removes it.</summary>
    private static readonly TimeSpan ClaimLinger = TimeSpan.FromDays(1);

    public static Dictionary<string, AttributeValue> Claim(StatePlace place, string actionKey, DateTimeOffset now, TimeSpan lease, string token)
    {
        var item = StateKeys.Claim(place, actionKey);
        item[WriteToken.Attribute] = Attr.S(token);
        item[StateTable.KindAttribute] = Attr.S(StateKeys.ClaimKind);
        item["actionKey"] = Attr.S(actionKey);
        item["claimedAt"] = Attr.Time(now);
        item[LeaseUntil] = Attr.Time(now + lease);
        item[StateTable.TimeToLiveAttribute] = Attr.Ttl(now + lease + ClaimLinger);
        return item;
    }

    public static Dictionary<string, AttributeValue> Encode(LedgerEntry e, TimeSpan retention, StatePlace place)
    {
        var item = StateKeys.Ledger(place, e.At, e.ActionKey, e.TaskArn, e.DryRun);
        item[StateTable.KindAttribute] = Attr.S(StateKeys.LedgerKind);
        item["actionKey"] = Attr.S(e.ActionKey);
        item["description"] = Attr.S(e.Description);
        item["taskArn"] = Attr.S(e.TaskArn);
        item["specName"] = Attr.S(e.SpecName);
        item["specGeneration"] = Attr.N(e.SpecGeneration);
        item["dryRun"] = new AttributeValue { BOOL = e.DryRun };
        item["result"] = Attr.Enum(e.Result);
        item["detail"] = Attr.S(e.Detail);
        item["reason"] = Attr.S(e.Reason);
        item["findingIds"] = Attr.Strings(e.FindingIds);
        item["tasks"] = Attr.Strings(e.Tasks);
        item["at"] = Attr.Time(e.At);
        item[StateTable.TimeToLiveAttribute] = Attr.Ttl(e.At + retention);
        return item;
    }

    public static LedgerEntry Decode(Dictionary<string, AttributeValue> item, string table)
    {
        var r = new ItemReader(item, table, StateKeys.Describe(item));
        var dryRun = item.TryGetValue("dryRun", out var flag) && flag.BOOL is { } value ? value : throw r.Invalid("dryRun", "is missing or not a boolean");
        return new LedgerEntry(
            r.String("actionKey"), r.String("description"), r.String("taskArn"), r.String("specName"), r.Long("specGeneration"),
            dryRun, r.Enum<ActionResult>("result"), r.String("detail"), r.String("reason"),
            r.Strings("findingIds").ToEquatableArray(), r.Time("at"))
        {
            // Entries written before actions were merged over a batch name one task only.
            Tasks = item.ContainsKey("tasks") ? r.Strings("tasks").ToEquatableArray() : [r.String("taskArn")],
        };
    }
}
