using System.Text.Json;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.TestSupport.Specimens;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Alerting;

public class AlertMessageFormatterTests
{
    private static readonly Finding Rdp = new(
        CheckIds.ForbiddenIngress, $"{Ids.WebGroup}/sgr-0bbbbbbbbbbbbbbb2", Severity.Critical, FindingRoot.Rule(Ids.WebGroup, "sgr-0bbbbbbbbbbbbbbb2"),
        "no ingress matching tcp 3389 from 0.0.0.0/0", "sgr-0bbbbbbbbbbbbbbb2: tcp 3389 from 0.0.0.0/0", [Ids.TaskArn], "Group rule allows RDP.", Remedy.AlertOnly);

    private static AlertRecord Alert() =>
        AlertRecord.Candidate("iis-webserver", Ids.ClusterArn, Ids.Family, Rdp, "remediation mode is alert") with
        {
            AffectedTasks = [Ids.TaskArn],
            OpenedAt = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero),
        };

    [Fact]
    public void Format_Opened_SubjectBodyAndAttributes()
    {
        var message = AlertMessageFormatter.Format(Alert(), NotificationKind.Opened, new DateTimeOffset(2026, 11, 25, 12, 0, 1, TimeSpan.Zero));

        Assert.Equal("[EcsWinReconciler] OPEN critical sg.forbidden-ingress sg-0123456789abcdef0 win-prod/iis-webserver", message.Subject);
        Assert.Contains(Ids.TaskArn, message.Body, StringComparison.Ordinal);
        Assert.Equal(
            ["severity=critical", "check=sg.forbidden-ingress", "cluster=win-prod", "family=iis-webserver", "state=OPEN", "kind=opened", "account=111122223333", "region=us-east-1"],
            message.Attributes.Select(a => $"{a.Key}={a.Value}"));
        Assert.Equal(64, message.DeduplicationId.Length);
    }

    [Fact]
    public void Format_Body_EndsWithParseableJson()
    {
        var message = AlertMessageFormatter.Format(Alert(), NotificationKind.Opened, DateTimeOffset.UnixEpoch);

        var json = message.Body[(message.Body.IndexOf("--- machine-readable ---\n", StringComparison.Ordinal) + 25)..];
        using var document = JsonDocument.Parse(json);
        Assert.Equal("iis-webserver:sg.forbidden-ingress@rule:sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2", document.RootElement.GetProperty("alertKey").GetString());
        Assert.Equal(Ids.TaskArn, document.RootElement.GetProperty("affectedTasks")[0].GetString());
    }

    [Fact]
    public void Format_DifferentTransitions_HaveDifferentDeduplicationIds()
    {
        var alert = Alert();

        Assert.NotEqual(
            AlertMessageFormatter.Format(alert, NotificationKind.Opened, DateTimeOffset.UnixEpoch).DeduplicationId,
            AlertMessageFormatter.Format(alert, NotificationKind.Resolved, DateTimeOffset.UnixEpoch).DeduplicationId);
    }

    [Property]
    public bool Subject_AnyInput_IsPrintableAsciiUnder100(string text)
    {
        var subject = AlertMessageFormatter.Subject(text ?? string.Empty);
        return subject.Length is > 0 and < 100 && subject.All(c => c is >= ' ' and <= '~') && subject[0] != ' ';
    }

    [Fact]
    public void Subject_ControlCharactersAndUnicode_AreReplaced() =>
        Assert.Equal("a b?c", AlertMessageFormatter.Subject("a\nb\u00e9c"));
}
