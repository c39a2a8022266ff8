using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using static EcsWinReconciler.Core.Tests.Alerting.AlertMessageSamples;

namespace EcsWinReconciler.Core.Tests.Alerting;

/// <summary>The e-mail body, line by line, for each notification: what a person on the topic reads.</summary>
public class AlertMessageBodyTests
{
    private static string TaskLines(int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(n => $"  - {Task(n)}\n"));

    [Fact]
    public void Body_Opened_SaysWhatWhereWhyAndWhichTasks()
    {
        var message = AlertMessageFormatter.Format(Open(), NotificationKind.Opened, SentAt);

        Assert.Equal(
            "OPEN: Group rule allows RDP from the internet.\n\n" +
            "Root cause: security group rule sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2\n" +
            "Check:      sg.forbidden-ingress (critical)\n" +
            "Expected:   no ingress matching tcp 3389 from 0.0.0.0/0\n" +
            "Actual:     sgr-0bbbbbbbbbbbbbbb2: tcp 3389 from 0.0.0.0/0\n" +
            "Handling:   remediation mode is alert\n" +
            "Spec:       iis-webserver (cluster win-prod, family iis-webserver)\n" +
            "Account:    111122223333, region us-east-1\n" +
            "Opened:     2026-11-25 12:00:00Z\n" +
            "Tasks (12):\n" +
            TaskLines(1, 10) +
            "  … and 2 more\n",
            HumanPart(message));
    }

    [Fact]
    public void Body_Reminder_SaysStillOpen()
    {
        var message = AlertMessageFormatter.Format(Open(tasks: 1), NotificationKind.Reminder, SentAt);

        Assert.StartsWith("STILL OPEN: Group rule allows RDP from the internet.\n\n", message.Body, StringComparison.Ordinal);
        Assert.EndsWith("Handling:   remediation mode is alert\n" +
            "Spec:       iis-webserver (cluster win-prod, family iis-webserver)\n" +
            "Account:    111122223333, region us-east-1\n" +
            "Opened:     2026-11-25 12:00:00Z\n" +
            "Tasks (1):\n" + TaskLines(1, 1), HumanPart(message), StringComparison.Ordinal);
    }

    [Fact]
    public void Body_ExactlyAsManyTasksAsListed_HasNoMoreLine()
    {
        var message = AlertMessageFormatter.Format(Open(tasks: AlertMessageFormatter.TaskSample), NotificationKind.Opened, SentAt);

        Assert.EndsWith("Tasks (10):\n" + TaskLines(1, 10), HumanPart(message), StringComparison.Ordinal);
    }

    [Fact]
    public void Body_NothingBeingDone_HasNoHandlingLine()
    {
        var message = AlertMessageFormatter.Format(Open() with { Handling = string.Empty }, NotificationKind.Opened, SentAt);

        Assert.DoesNotContain("Handling:", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_Resolved_SaysWhyAndWhenAndWhatItWas_WithoutTasksOrHandling()
    {
        var message = AlertMessageFormatter.Format(Resolved(), NotificationKind.Resolved, SentAt);

        Assert.Equal(
            "RESOLVED: repaired by EcsWinReconciler at 2026-11-25 13:30:00Z: revoke sgr-0bbbbbbbbbbbbbbb2 (tcp 3389 from 0.0.0.0/0) on sg-0123456789abcdef0.\n" +
            "It was: Group rule allows RDP from the internet.\n\n" +
            "Root cause: security group rule sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2\n" +
            "Check:      sg.forbidden-ingress (critical)\n" +
            "Expected:   no ingress matching tcp 3389 from 0.0.0.0/0\n" +
            "Actual:     sgr-0bbbbbbbbbbbbbbb2: tcp 3389 from 0.0.0.0/0\n" +
            "Spec:       iis-webserver (cluster win-prod, family iis-webserver)\n" +
            "Account:    111122223333, region us-east-1\n" +
            "Opened:     2026-11-25 12:00:00Z\n" +
            "Resolved:   2026-11-25 13:30:00Z\n",
            HumanPart(message));
    }

    [Fact]
    public void Body_ResolvedWithoutReasonOrTime_SaysTheDriftIsGoneAtSendingTime()
    {
        var alert = Resolved() with { Resolution = null, ResolvedAt = null };

        var message = AlertMessageFormatter.Format(alert, NotificationKind.Resolved, SentAt);

        Assert.StartsWith("RESOLVED: the drift is gone.\nIt was: ", message.Body, StringComparison.Ordinal);
        Assert.Contains("Resolved:   2026-11-25 14:00:05Z\n", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_KeyOfAnEarlierVersion_NamesTheResourceAsTheRootCause()
    {
        var alert = Open() with { Key = $"iis-webserver:sg.forbidden-ingress/{Rdp.ResourceId}" };

        var message = AlertMessageFormatter.Format(alert, NotificationKind.Opened, SentAt);

        Assert.Contains($"\nRoot cause: {Rdp.ResourceId}\n", message.Body, StringComparison.Ordinal);
        Assert.Equal("[EcsWinReconciler] OPEN critical sg.forbidden-ingress sg-0123456789abcdef0 win-prod/iis-webserver", message.Subject);
    }

    [Fact]
    public void Subject_ServiceRoot_NamesTheServiceNotTheEniTheDriftWasSeenOn()
    {
        var finding = Rdp with { Check = CheckIds.SecurityGroupSet, ResourceId = TestSupport.Specimens.Ids.EniId, Severity = Severity.High, Root = FindingRoot.Service(TestSupport.Specimens.Ids.ServiceArn) };
        var alert = AlertRecord.Candidate("iis-webserver", TestSupport.Specimens.Ids.ClusterArn, "iis-webserver", finding, "remediation mode is alert") with { OpenedAt = OpenedAt };

        var message = AlertMessageFormatter.Format(alert, NotificationKind.Opened, SentAt);

        Assert.Equal("[EcsWinReconciler] OPEN high sg.set iis-webserver win-prod/iis-webserver", message.Subject);
        Assert.Contains($"\nRoot cause: service iis-webserver ({TestSupport.Specimens.Ids.ServiceArn})\n", message.Body, StringComparison.Ordinal);
    }
}
