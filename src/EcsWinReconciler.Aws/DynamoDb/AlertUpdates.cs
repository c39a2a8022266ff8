using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// The update expressions of the alert lifecycle (placeholders are <c>#</c> + attribute name). Joins and leaves are
/// commutative set edits guarded by what must still hold (open; for a leave, another task stays listed), so concurrent joiners
/// do not collide; reopen and resolve are guarded by the version read; notification claims by the outbox state read, so
/// exactly one run wins each.
/// </summary>
internal static class AlertUpdates
{
    public static AlertUpdate Join(string taskArn) => new(
        "ADD #tasks :task, #version :one",
        "#state = :open AND NOT contains(#tasks, :taskArn)",
        Names(AlertItem.Tasks, AlertItem.Version, AlertItem.State),
        new() { [":task"] = Attr.StringSet([taskArn]), [":taskArn"] = Attr.S(taskArn), [":open"] = Attr.Enum(AlertState.Open), [":one"] = Attr.N(1) });

    public static AlertUpdate Leave(string taskArn) => new(
        "DELETE #tasks :task ADD #version :one",
        "#state = :open AND contains(#tasks, :taskArn) AND size(#tasks) > :one",
        Names(AlertItem.Tasks, AlertItem.Version, AlertItem.State),
        new() { [":task"] = Attr.StringSet([taskArn]), [":taskArn"] = Attr.S(taskArn), [":open"] = Attr.Enum(AlertState.Open), [":one"] = Attr.N(1) });

    /// <summary>Removes the task even when it is the last one; the alert stays open (DynamoDB drops the emptied set).</summary>
    public static AlertUpdate LeaveKeepOpen(string taskArn) => new(
        "DELETE #tasks :task ADD #version :one",
        "#state = :open AND contains(#tasks, :taskArn)",
        Names(AlertItem.Tasks, AlertItem.Version, AlertItem.State),
        new() { [":task"] = Attr.StringSet([taskArn]), [":taskArn"] = Attr.S(taskArn), [":open"] = Attr.Enum(AlertState.Open), [":one"] = Attr.N(1) });

    public static AlertUpdate Resolve(string key, long version, DateTimeOffset now, TimeSpan lease, TimeSpan retention) => new(
        "SET #state = :resolved, #alertsSk = :sk, #resolvedAt = :now, #pendingNotification = :kind, #notificationLeaseUntil = :lease, #ttl = :ttl "
            + "REMOVE #tasks ADD #version :one",
        "#version = :read",
        Names(AlertItem.State, StateTable.AlertsSortKey, AlertItem.ResolvedAt, AlertItem.Pending, AlertItem.LeaseUntil,
            StateTable.TimeToLiveAttribute, AlertItem.Tasks, AlertItem.Version),
        new()
        {
            [":resolved"] = Attr.Enum(AlertState.Resolved),
            [":sk"] = Attr.S(AlertItem.IndexSort(AlertState.Resolved, key)),
            [":now"] = Attr.Time(now),
            [":kind"] = Attr.Enum(NotificationKind.Resolved),
            [":lease"] = Attr.Time(now + lease),
            [":ttl"] = Attr.Ttl(now + retention),
            [":one"] = Attr.N(1),
            [":read"] = Attr.N(version),
        });

    /// <summary>Takes over a pending notification whose lease ran out; only if the outbox is still exactly as read.</summary>
    public static AlertUpdate RetakePending(AlertRecord read, NotificationKind pending, DateTimeOffset now, TimeSpan lease) => new(
        "SET #notificationLeaseUntil = :lease ADD #version :one",
        "#pendingNotification = :kind AND " + (read.NotificationLeaseUntil is null ? "attribute_not_exists(#notificationLeaseUntil)" : "#notificationLeaseUntil = :read"),
        Names(AlertItem.Pending, AlertItem.LeaseUntil, AlertItem.Version),
        With(new() { [":kind"] = Attr.Enum(pending), [":lease"] = Attr.Time(now + lease), [":one"] = Attr.N(1) }, ":read", read.NotificationLeaseUntil));

    /// <summary>Claims a reminder; only if nothing is pending and it is the same open incarnation, last notified as read.</summary>
    public static AlertUpdate ClaimReminder(AlertRecord read, DateTimeOffset now, TimeSpan lease) => new(
        "SET #pendingNotification = :kind, #notificationLeaseUntil = :lease ADD #version :one",
        "attribute_not_exists(#pendingNotification) AND #state = :open AND #openedAt = :openedAt AND "
            + (read.LastNotifiedAt is null ? "attribute_not_exists(#lastNotifiedAt)" : "#lastNotifiedAt = :last"),
        Names(AlertItem.Pending, AlertItem.LeaseUntil, AlertItem.Version, AlertItem.State, AlertItem.OpenedAt, AlertItem.LastNotifiedAt),
        With(
            new()
            {
                [":kind"] = Attr.Enum(NotificationKind.Reminder),
                [":lease"] = Attr.Time(now + lease),
                [":one"] = Attr.N(1),
                [":open"] = Attr.Enum(AlertState.Open),
                [":openedAt"] = Attr.Time(read.OpenedAt),
            },
            ":last",
            read.LastNotifiedAt));

    /// <summary>Clears the outbox entry of <paramref name="kind"/> (only that one: a newer transition's stays) and counts the delivery.</summary>
    public static AlertUpdate Complete(NotificationKind kind, DateTimeOffset now) => new(
        "SET #lastNotifiedAt = :now REMOVE #pendingNotification, #notificationLeaseUntil ADD #notificationsSent :one, #version :one",
        "#pendingNotification = :kind",
        Names(AlertItem.Pending, AlertItem.LeaseUntil, AlertItem.Version, AlertItem.LastNotifiedAt, AlertItem.Sent),
        new() { [":now"] = Attr.Time(now), [":kind"] = Attr.Enum(kind), [":one"] = Attr.N(1) });

    private static Dictionary<string, string> Names(params string[] attributes) => attributes.ToDictionary(a => "#" + a, a => a);

    private static Dictionary<string, AttributeValue> With(Dictionary<string, AttributeValue> values, string placeholder, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            values[placeholder] = Attr.Time(value);
        }

        return values;
    }
}
