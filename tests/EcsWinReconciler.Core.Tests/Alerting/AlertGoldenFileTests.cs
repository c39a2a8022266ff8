using System.Text;
using System.Text.Json;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.TestSupport.Reference;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Alerting;

/// <summary>
/// Issue 14: both alert formats, byte for byte, for each notification kind: the plain text (subject, attributes, body)
/// and the chat custom-notification JSON. A change shows as a diff of the files under Golden/; EWR_UPDATE_GOLDEN=1
/// rewrites them (then read the diff before committing).
/// </summary>
public sealed class AlertGoldenFileTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "EcsWinReconciler.Core.Tests", "Alerting", "Golden");

    private static readonly DateTimeOffset Opened = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly Finding Rdp = new(
        CheckIds.ForbiddenIngress, $"{Ids.WebGroup}/sgr-0bbbbbbbbbbbbbbb2", Severity.Critical, FindingRoot.Rule(Ids.WebGroup, "sgr-0bbbbbbbbbbbbbbb2"),
        "no ingress matching tcp 3389 from 0.0.0.0/0", "sgr-0bbbbbbbbbbbbbbb2: tcp 3389 from 0.0.0.0/0", [Ids.TaskArn], "Group rule allows RDP from anywhere.", Remedy.AlertOnly);

    public static TheoryData<NotificationKind> Kinds => [NotificationKind.Opened, NotificationKind.Reminder, NotificationKind.Resolved];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Text_IsTheGoldenFile(NotificationKind kind)
    {
        var message = AlertMessageFormatter.Format(Alert(kind), kind, Opened.AddHours(1));
        var text = new StringBuilder()
            .Append("Subject: ").Append(message.Subject).Append('\n')
            .AppendJoin(string.Empty, message.Attributes.Select(a => $"Attribute: {a.Key}={a.Value}\n"))
            .Append('\n').Append(message.Body).Append('\n')
            .ToString();

        Golden($"{Name(kind)}.txt", text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Chat_IsTheGoldenFile_AndTheCustomNotificationShape(NotificationKind kind)
    {
        var json = ChatNotificationFormatter.Format(Alert(kind), kind, Opened.AddHours(1), "dedup-id");

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("1.0", root.GetProperty("version").GetString());
        Assert.Equal("custom", root.GetProperty("source").GetString());
        Assert.Equal("client-markdown", root.GetProperty("content").GetProperty("textType").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("content").GetProperty("description").GetString()));
        Assert.Equal(Alert(kind).Key, root.GetProperty("metadata").GetProperty("threadId").GetString());
        Golden($"{Name(kind)}.chat.json", json + "\n");
    }

    [Fact]
    public void Chat_ManyTasks_NamesThreeAndCountsTheRest()
    {
        var alert = Alert(NotificationKind.Opened) with { AffectedTasks = [.. Enumerable.Range(0, 12).Select(TestAlerts.Task)] };

        var description = JsonDocument.Parse(ChatNotificationFormatter.Format(alert, NotificationKind.Opened, Opened, "id")).RootElement
            .GetProperty("content").GetProperty("description").GetString()!;

        Assert.Contains("*Tasks (12):*", description, StringComparison.Ordinal);
        Assert.EndsWith(" and 9 more", description, StringComparison.Ordinal);
    }

    /// <summary>At the sample's size every task is named and nothing is counted; one more and the rest is counted.</summary>
    [Theory]
    [InlineData(3, "")]
    [InlineData(4, " and 1 more")]
    public void Chat_TasksAroundTheSample_CountedOnlyPastIt(int tasks, string tail)
    {
        var alert = Alert(NotificationKind.Opened) with { AffectedTasks = [.. Enumerable.Range(0, tasks).Select(TestAlerts.Task)] };

        var description = JsonDocument.Parse(ChatNotificationFormatter.Format(alert, NotificationKind.Opened, Opened, "id")).RootElement
            .GetProperty("content").GetProperty("description").GetString()!;

        var named = description[(description.LastIndexOf(":* ", StringComparison.Ordinal) + 3)..];
        Assert.Equal(Math.Min(tasks, ChatNotificationFormatter.TaskSample), named.Count(c => c == '`') / 2);
        Assert.EndsWith("`" + tail, description, StringComparison.Ordinal);
    }

    /// <summary>Without a handling there is no handling step; a resolution without its own time is dated by the notification.</summary>
    [Fact]
    public void Chat_NoHandling_NoHandlingStep_ResolvedWithoutATime_DatedByTheNotification()
    {
        var open = Alert(NotificationKind.Opened) with { Handling = string.Empty };
        var resolved = Alert(NotificationKind.Resolved) with { ResolvedAt = null };

        var steps = JsonDocument.Parse(ChatNotificationFormatter.Format(open, NotificationKind.Opened, Opened, "id")).RootElement
            .GetProperty("content").GetProperty("nextSteps").EnumerateArray().Select(e => e.GetString()!).ToList();
        var description = JsonDocument.Parse(ChatNotificationFormatter.Format(resolved, NotificationKind.Resolved, Opened.AddHours(2), "id")).RootElement
            .GetProperty("content").GetProperty("description").GetString()!;

        Assert.Equal(["See the affected tasks: `ewr alerts` and `ewr status --cluster win-prod`"], steps);
        Assert.EndsWith($"*Resolved:* {Opened.AddHours(2):u}", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_ResolvedByAnException_NoCheckMarkAndSaysTheDriftRemains()
    {
        var alert = Alert(NotificationKind.Resolved) with
        {
            State = AlertState.Resolved,
            ResolvedAt = Opened.AddHours(1),
            Resolution = AlertResolution.Excepted("until 2027-01-31: CHG-4711 — bastion RDP"),
        };

        var content = JsonDocument.Parse(ChatNotificationFormatter.Format(alert, NotificationKind.Resolved, Opened.AddHours(1), "id")).RootElement.GetProperty("content");

        Assert.StartsWith(":pause_button: RESOLVED (EXCEPTED)", content.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("the drift is still there", content.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static AlertRecord Alert(NotificationKind kind)
    {
        var alert = AlertRecord.Candidate("iis-webserver", Ids.ClusterArn, Ids.Family, Rdp, "remediation mode is alert") with
        {
            AffectedTasks = [Ids.TaskArn],
            OpenedAt = Opened,
        };
        return kind == NotificationKind.Resolved
            ? alert with
            {
                State = AlertState.Resolved,
                ResolvedAt = Opened.AddHours(1),
                Resolution = AlertResolution.RepairedByUs($"revoke sgr-0bbbbbbbbbbbbbbb2 on {Ids.WebGroup}", Opened.AddHours(1)),
            }
            : alert;
    }

    private static string Name(NotificationKind kind) => kind.ToString().ToLowerInvariant();

    private static void Golden(string file, string actual)
    {
        var path = Path.Combine(Folder, file);
        if (Environment.GetEnvironmentVariable("EWR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{file} is missing (run the tests with EWR_UPDATE_GOLDEN=1 to write it)");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
