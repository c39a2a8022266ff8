using System.Text.Json;
using EcsWinReconciler.Core.Alerting;
using static EcsWinReconciler.Core.Tests.Alerting.AlertMessageSamples;

namespace EcsWinReconciler.Core.Tests.Alerting;

/// <summary>The JSON block subscribers parse (and the attributes they filter on): every field, in every notification.</summary>
public class AlertMessageJsonTests
{
    private static JsonElement Json(AlertRecord alert, NotificationKind kind)
    {
        using var document = JsonDocument.Parse(JsonPart(AlertMessageFormatter.Format(alert, kind, SentAt)));
        return document.RootElement.Clone();
    }

    private static string Text(JsonElement json, string name) => json.GetProperty(name).GetString()!;

    [Fact]
    public void Json_Opened_CarriesEveryField()
    {
        var json = Json(Open(), NotificationKind.Opened);

        Assert.Equal(
            ["alertKey", "kind", "state", "check", "severity", "resourceId", "root", "spec", "clusterArn", "account", "region", "family", "expected", "actual",
             "message", "handling", "affectedTaskCount", "affectedTasks", "openedAt", "sentAt"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Open().Key, Text(json, "alertKey"));
        Assert.Equal("opened", Text(json, "kind"));
        Assert.Equal("OPEN", Text(json, "state"));
        Assert.Equal("sg.forbidden-ingress", Text(json, "check"));
        Assert.Equal("111122223333", Text(json, "account"));
        Assert.Equal("us-east-1", Text(json, "region"));
        Assert.Equal("critical", Text(json, "severity"));
        Assert.Equal(Rdp.ResourceId, Text(json, "resourceId"));
        Assert.Equal("rule:sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2", Text(json, "root"));
        Assert.Equal("iis-webserver", Text(json, "spec"));
        Assert.Equal(TestSupport.Specimens.Ids.ClusterArn, Text(json, "clusterArn"));
        Assert.Equal("iis-webserver", Text(json, "family"));
        Assert.Equal(Rdp.Expected, Text(json, "expected"));
        Assert.Equal(Rdp.Actual, Text(json, "actual"));
        Assert.Equal(Rdp.Message, Text(json, "message"));
        Assert.Equal("remediation mode is alert", Text(json, "handling"));
        Assert.Equal(12, json.GetProperty("affectedTaskCount").GetInt32());
        Assert.Equal(Enumerable.Range(1, 10).Select(Task), json.GetProperty("affectedTasks").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(OpenedAt, json.GetProperty("openedAt").GetDateTimeOffset());
        Assert.Equal(SentAt, json.GetProperty("sentAt").GetDateTimeOffset());
    }

    [Fact]
    public void Json_Reminder_IsKindReminderStateOpen()
    {
        var json = Json(Open(), NotificationKind.Reminder);

        Assert.Equal(("reminder", "OPEN"), (Text(json, "kind"), Text(json, "state")));
    }

    [Fact]
    public void Json_Resolved_AddsWhenAndWhy()
    {
        var json = Json(Resolved(), NotificationKind.Resolved);

        Assert.Equal(
            ["alertKey", "kind", "state", "check", "severity", "resourceId", "root", "spec", "clusterArn", "account", "region", "family", "expected", "actual",
             "message", "handling", "affectedTaskCount", "affectedTasks", "openedAt", "resolvedAt", "resolution", "resolutionDetail", "sentAt"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("resolved", "RESOLVED"), (Text(json, "kind"), Text(json, "state")));
        Assert.Equal(0, json.GetProperty("affectedTaskCount").GetInt32());
        Assert.Equal(ResolvedAt, json.GetProperty("resolvedAt").GetDateTimeOffset());
        Assert.Equal("repairedByUs", Text(json, "resolution"));
        Assert.Equal(Resolved().Resolution!.Detail, Text(json, "resolutionDetail"));
    }

    [Fact]
    public void Json_KeyOfAnEarlierVersion_HasNoRoot()
    {
        var json = Json(Open() with { Key = $"iis-webserver:sg.forbidden-ingress/{Rdp.ResourceId}" }, NotificationKind.Opened);

        Assert.False(json.TryGetProperty("root", out _));
    }

    [Theory]
    [InlineData(NotificationKind.Opened, "state=OPEN", "kind=opened")]
    [InlineData(NotificationKind.Reminder, "state=OPEN", "kind=reminder")]
    [InlineData(NotificationKind.Resolved, "state=RESOLVED", "kind=resolved")]
    public void Attributes_SayStateAndKindForFilterPolicies(NotificationKind kind, string state, string kindAttribute)
    {
        var alert = kind == NotificationKind.Resolved ? Resolved() : Open();

        var attributes = AlertMessageFormatter.Format(alert, kind, SentAt).Attributes.Select(a => $"{a.Key}={a.Value}").ToList();

        Assert.Equal(["severity=critical", "check=sg.forbidden-ingress", "cluster=win-prod", "family=iis-webserver", state, kindAttribute, "account=111122223333", "region=us-east-1"], attributes);
    }

    [Fact]
    public void DeduplicationId_SameNotificationRetried_IsTheSame_AnotherNotificationIsNot()
    {
        var alert = Open();
        string Id(AlertRecord a, NotificationKind k) => AlertMessageFormatter.Format(a, k, SentAt).DeduplicationId;

        Assert.Equal(Id(alert, NotificationKind.Reminder), AlertMessageFormatter.Format(alert, NotificationKind.Reminder, SentAt.AddMinutes(3)).DeduplicationId);
        string[] others =
        [
            Id(alert, NotificationKind.Reminder),
            Id(alert with { NotificationsSent = 2 }, NotificationKind.Reminder),
            Id(alert with { OpenedAt = OpenedAt.AddDays(1) }, NotificationKind.Reminder),
            Id(alert with { Key = alert.Key + "x" }, NotificationKind.Reminder),
            Id(alert, NotificationKind.Opened),
        ];
        Assert.Equal(others.Length, others.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Json_IsIndentedForThePersonReadingTheEmail() =>
        Assert.StartsWith("{\n  \"alertKey\": ", JsonPart(AlertMessageFormatter.Format(Open(), NotificationKind.Opened, SentAt)), StringComparison.Ordinal);

    [Fact]
    public void Format_UnknownNotificationKind_ThrowsSayingSo()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AlertMessageFormatter.Format(Open(), (NotificationKind)99, SentAt));

        Assert.StartsWith("unknown notification kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution_NoLongerChecked_SaysWhyTheTaskIsNotChecked() =>
        Assert.Equal("its task is no longer checked: spec iis-webserver is suspended", AlertResolution.NoLongerChecked("spec iis-webserver is suspended").Describe());

    [Fact]
    public void Attributes_OfAClusterKnownOnlyByName_SayNoAccountOrRegion()
    {
        var alert = Open() with { ClusterArn = "win-prod" };

        var attributes = AlertMessageFormatter.Format(alert, NotificationKind.Opened, SentAt).Attributes.Select(a => a.Key).ToList();

        Assert.DoesNotContain("account", attributes);
        Assert.DoesNotContain("region", attributes);
    }
}
