using EcsWinReconciler.Cli.Explain;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Networking.Paths;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Tests.Explain;

public class ExplanationLinesTests
{
    private const string TaskArn = "arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    private static readonly PathService UdpDns = new("DNS", IpProtocol.Udp, PortRange.Single(53));
    private static readonly PathService TcpDns = new("DNS", IpProtocol.Tcp, PortRange.Single(53));

    private static readonly Hop Groups = new(HopKind.SecurityGroupEgress, "sg-0a1b2c3d4e5f60718", true, "sg-0a1b2c3d4e5f60718 rule sgr-1 allows all to 0.0.0.0/0");
    private static readonly Hop Out = new(HopKind.AclOutbound, "acl-0e1f2a3b4c5d6e7f8", true, "acl-0e1f2a3b4c5d6e7f8 allows DNS (udp 53) to 10.0.1.10");
    private static readonly Hop ReplyDenied = new(HopKind.AclReply, "acl-0e1f2a3b4c5d6e7f8", false, "acl-0e1f2a3b4c5d6e7f8 rule * denies blocks the reply from 10.0.1.10");
    private static readonly Hop Local = new(HopKind.Route, "rtb-0123456789abcdef0", true, "10.0.1.10 is in the VPC (10.0.0.0/16): local");

    [Fact]
    public void Of_ABlockedAndAPassingService_TheBlockedOneHopByHopWithWhatFollowsNotReached_ThePassingOneOnOneLine()
    {
        var lines = Texts(Explanation(new PathTrace("10.0.1.10", UdpDns, [Groups, Out, ReplyDenied, Local]), new PathTrace("10.0.1.10", TcpDns, [Groups, Out, Local])), allHops: false);

        Assert.Contains("DNS server 10.0.1.10 (dns.path): BLOCKED", lines);
        var blocked = lines.FindIndex(l => l.Contains("BLOCK DNS (udp 53)", StringComparison.Ordinal));
        Assert.True(blocked >= 0, string.Join('\n', lines));
        var hops = lines.Skip(blocked + 1).Take(4).Select(l => l.Trim()).ToList();
        Assert.StartsWith("pass  groups egress", hops[0], StringComparison.Ordinal);
        Assert.StartsWith("pass  ACL outbound", hops[1], StringComparison.Ordinal);
        Assert.StartsWith("BLOCK ACL reply", hops[2], StringComparison.Ordinal);
        Assert.Contains("rule * denies", hops[2], StringComparison.Ordinal);
        Assert.StartsWith("route", hops[3], StringComparison.Ordinal);
        Assert.Contains("not reached (", hops[3], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Trim() == "pass  DNS (tcp 53): groups egress, ACL outbound, route");
    }

    [Fact]
    public void Of_AllHops_APassingServiceShowsEachHopWithItsReason()
    {
        var lines = Texts(Explanation(new PathTrace("10.0.1.10", TcpDns, [Groups, Out, Local])), allHops: true);

        Assert.Contains(lines, l => l.Contains("groups egress", StringComparison.Ordinal) && l.Contains("sgr-1 allows", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("route", StringComparison.Ordinal) && l.Contains(": local", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("BLOCK", StringComparison.Ordinal));
        Assert.Contains("DNS server 10.0.1.10 (dns.path): reachable", lines);
    }

    [Fact]
    public void Of_ATaskThatFailed_SaysWhyAndTracesNothing()
    {
        var lines = Texts(new TaskExplanation(TaskArn, "iis-webserver", null, null, [], "ecs:DescribeTasks was throttled"), allHops: false);

        Assert.Equal(["task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 · spec iis-webserver", "not judged: ecs:DescribeTasks was throttled"], lines);
    }

    [Fact]
    public void Of_Findings_MostSevereFirstWithTheirRoot()
    {
        var acl = FindingRoot.Acl("acl-0e1f2a3b4c5d6e7f8");
        Finding Make(string check, Severity severity) => new(check, "x", severity, acl, "expected", $"{check} actual", [TaskArn], "message", Remedy.AlertOnly);
        var verdict = Judgement.Judged([Make(CheckIds.DnsPath, Severity.Medium), Make(CheckIds.AdPath, Severity.High)]);

        var lines = Texts(new TaskExplanation(TaskArn, "iis-webserver", verdict, null, [], null), allHops: false);

        var first = lines.FindIndex(l => l.Contains(CheckIds.AdPath, StringComparison.Ordinal));
        var second = lines.FindIndex(l => l.Contains(CheckIds.DnsPath, StringComparison.Ordinal));
        Assert.InRange(first, 0, second - 1);
        Assert.Contains("network ACL acl-0e1f2a3b4c5d6e7f8", lines[first], StringComparison.Ordinal);
        Assert.Contains("2 finding(s):", lines);
    }

    private static TaskExplanation Explanation(params PathTrace[] traces) =>
        new(TaskArn, "iis-webserver", Judgement.Judged([]), null, [new ServerPaths(CheckIds.DnsPath, "DNS server", Cidr.Parse("10.0.1.10/32"), [.. traces])], null);

    private static List<string> Texts(TaskExplanation explanation, bool allHops) => [.. ExplanationLines.Of(explanation, allHops).Select(l => l.Text)];
}
