using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// Encodes and decodes an alert item of the State table. Affected tasks are a string set (they come back in ordinal order);
/// <see cref="Version"/> grows on every write and guards every write (the record is put whole, conditional on the version read).
/// </summary>
internal static class AlertItem
{
    public const string State = "state";
    public const string Tasks = "tasks";
    public const string OpenedAt = "openedAt";
    public const string ResolvedAt = "resolvedAt";
    public const string Pending = "pendingNotification";
    public const string LeaseUntil = "notificationLeaseUntil";
    public const string LastNotifiedAt = "lastNotifiedAt";
    public const string Sent = "notificationsSent";
    public const string Version = "version";
    public const string Handling = "handling";
    public const string Resolution = "resolution";
    public const string ResolutionDetail = "resolutionDetail";

    public static string IndexSort(AlertState state, string key) => $"{state}#{key}";

    public static Dictionary<string, AttributeValue> Encode(AlertRecord a, TimeSpan resolvedRetention, StatePlace place)
    {
        var item = StateKeys.Alert(place, a.Key);
        item[StateTable.KindAttribute] = Attr.S(StateKeys.AlertKind);
        item[StateTable.AlertsPartitionKey] = Attr.S(StateKeys.AlertsPartitionOf(place));
        item[StateTable.AlertsSortKey] = Attr.S(IndexSort(a.State, a.Key));
        item["key"] = Attr.S(a.Key);
        item["specName"] = Attr.S(a.SpecName);
        item["check"] = Attr.S(a.Check);
        item["resourceId"] = Attr.S(a.ResourceId);
        item["severity"] = Attr.Enum(a.Severity);
        item["scope"] = Attr.Enum(a.Scope);
        item["clusterArn"] = Attr.S(a.ClusterArn);
        item["family"] = Attr.S(a.Family);
        item["message"] = Attr.S(a.Message);
        item["expected"] = Attr.S(a.Expected);
        item["actual"] = Attr.S(a.Actual);
        item[State] = Attr.Enum(a.State);
        if (!a.AffectedTasks.IsEmpty)
        {
            item[Tasks] = Attr.StringSet(a.AffectedTasks.Distinct(StringComparer.Ordinal));
        }

        item[OpenedAt] = Attr.Time(a.OpenedAt);
        item.AddIfSet(ResolvedAt, a.ResolvedAt);
        item.AddIfSet(Pending, a.PendingNotification?.ToString());
        item.AddIfSet(LeaseUntil, a.NotificationLeaseUntil);
        item.AddIfSet(LastNotifiedAt, a.LastNotifiedAt);
        item[Sent] = Attr.N(a.NotificationsSent);
        item[Version] = Attr.N(a.Version);
        if (a.Handling.Length > 0)
        {
            item[Handling] = Attr.S(a.Handling);
        }

        if (a.Resolution is { } resolution)
        {
            item[Resolution] = Attr.Enum(resolution.Kind);
            item[ResolutionDetail] = Attr.S(resolution.Detail);
        }

        if (a is { State: AlertState.Resolved, ResolvedAt: { } resolvedAt })
        {
            item[StateTable.TimeToLiveAttribute] = Attr.Ttl(resolvedAt + resolvedRetention);
        }

        return item;
    }

    public static AlertRecord Decode(Dictionary<string, AttributeValue> item, string table)
    {
        var r = new ItemReader(item, table, StateKeys.Describe(item));
        var record = new AlertRecord(
            r.String("key"), r.String("specName"), r.String("check"), r.String("resourceId"),
            r.Enum<Severity>("severity"), r.Enum<FindingScope>("scope"), r.String("clusterArn"), r.String("family"),
            r.String("message"), r.String("expected"), r.String("actual"), r.Enum<AlertState>(State),
            r.StringSet(Tasks).Order(StringComparer.Ordinal).ToEquatableArray(),
            r.Time(OpenedAt), r.OptionalTime(ResolvedAt), r.OptionalEnum<NotificationKind>(Pending),
            r.OptionalTime(LeaseUntil), r.OptionalTime(LastNotifiedAt), r.Int(Sent))
        {
            Handling = r.OptionalString(Handling) ?? string.Empty,
            Resolution = r.OptionalEnum<ResolutionKind>(Resolution) is { } kind ? new AlertResolution(kind, r.OptionalString(ResolutionDetail) ?? string.Empty) : null,
            Version = r.Long(Version),
        };
        return record;
    }
}
