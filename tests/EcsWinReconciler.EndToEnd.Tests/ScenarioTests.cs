using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

[Collection(DynaliteFixture.Collection)]
public sealed class ScenarioTests(DynaliteFixture dynamo)
{
    [Fact]
    public async Task Healthy_NoFindingsNoMessagesNoWrites()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");

        var summary = await account.ResyncAsync();

        Assert.True(summary.Judged >= 1);
        Assert.Equal(0, summary.Findings - summary.Tasks.Sum(t => t.Judgement.Findings.Count(f => f.Severity == Severity.Low)));
        Assert.Empty(account.Sandbox.Admin.PublishedMessages());
        Assert.Empty(account.MutatingCalls());
        var statuses = await account.Ports.Status.ListAsync("win-prod", "iis-webserver", CancellationToken.None);
        Assert.NotEmpty(statuses);
        Assert.All(statuses.SelectMany(s => s.Conditions), c => Assert.Equal(ConditionStatus.True, c.Status));
    }

    [Fact]
    public async Task RdpOpen_DryRunAlertsAndWritesNothing_ThenRemediationRevokesAndResolves()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open");

        var dry = await account.ResyncAsync(dryRun: true);

        Assert.Contains(dry.Tasks.SelectMany(t => t.Judgement.Findings), f => f.Check == CheckIds.ForbiddenIngress);
        Assert.True(dry.ActionsDryRun >= 1);
        Assert.Empty(account.MutatingCalls());
        Assert.True(RdpRuleOpen(account));
        Assert.Single(account.Subjects(), s => s.Contains("OPEN critical sg.forbidden-ingress", StringComparison.Ordinal));

        var real = await account.ResyncAsync();

        Assert.False(RdpRuleOpen(account));
        Assert.Equal(["ec2:RevokeSecurityGroupIngress"], account.MutatingCalls());
        Assert.Equal(1, real.ActionsApplied);
        Assert.Single(account.Subjects(), s => s.Contains("RESOLVED", StringComparison.Ordinal));
        Assert.Contains(await account.Ports.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None), e => e.Result == ActionResult.Applied);
    }

    [Fact]
    public async Task WrongSecurityGroups_ServiceIsUpdatedAndTheReplacementTaskIsCompliant()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "wrong-security-groups");

        var first = await account.ResyncAsync();

        Assert.Contains(first.Tasks.SelectMany(t => t.Actions), a => a.Planned.Action is UpdateServiceNetwork && a.Outcome.Result == ActionResult.Applied);
        Assert.Equal([ScenarioIds.WebGroup], account.Sandbox.State.Read(w => w.Services.Values.Single(s => s.Name == ScenarioIds.ServiceName).NetworkConfiguration.SecurityGroups.ToList()));
        var second = await account.ResyncAsync();
        var iis = second.Tasks.Where(t => t.SpecName == "iis-webserver").ToList();
        Assert.NotEmpty(iis);
        Assert.All(iis, t => Assert.DoesNotContain(t.Judgement.Findings, f => f.Check == CheckIds.SecurityGroupSet));
        Assert.Empty(second.Tasks.SelectMany(t => t.Actions));
    }

    [Fact]
    public async Task DnsHostnamesOff_AlertsOnlyAndResolvesWhenAPersonFixesIt()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "dns-hostnames-off");

        await account.ResyncAsync();
        Assert.Single(account.Subjects(), s => s.Contains("dns.vpc-hostnames", StringComparison.Ordinal));
        Assert.Empty(account.MutatingCalls());

        account.Sandbox.State.Write(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames = true);
        account.Backend.Caches.ForgetResources([ScenarioIds.VpcId]);
        await account.ResyncAsync();

        Assert.Contains(account.Subjects(), s => s.Contains("RESOLVED", StringComparison.Ordinal) && s.Contains("dns.vpc-hostnames", StringComparison.Ordinal));
        Assert.Empty(await account.Ports.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task DhcpMissingAdDns_AlertSaysHowToFixIt()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "dhcp-missing-ad-dns");

        await account.ResyncAsync();

        var message = Assert.Single(account.Sandbox.Admin.PublishedMessages(), m => m.Subject!.Contains("dns.servers", StringComparison.Ordinal));
        Assert.Contains("10.0.0.10", message.Message, StringComparison.Ordinal);
        Assert.Contains("Restart-Service AmazonECS", message.Message, StringComparison.Ordinal);
        Assert.Contains(message.Attributes, a => a.Name == "severity" && a.Value == "high");
    }

    [Fact]
    public async Task LinuxTask_IsSkippedWithItsReason()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "linux-task");

        var summary = await account.ResyncAsync();

        Assert.Contains(summary.Tasks, t => t.Judgement.Kind == JudgementKind.Skipped && t.Judgement.Reason.StartsWith("not Windows", StringComparison.Ordinal));
        Assert.Empty(account.MutatingCalls());
    }

    [Fact]
    public async Task EniExhausted_HostCapacityIsRecorded()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "eni-exhausted");

        var summary = await account.ResyncAsync();

        Assert.Contains(summary.Tasks.SelectMany(t => t.Judgement.Findings), f => f.Check == CheckIds.HostEniCapacity && f.Actual.Contains("3 of 3", StringComparison.Ordinal));
    }

    private static bool RdpRuleOpen(LocalAccount account) =>
        account.Sandbox.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Any(r => r.FromPort <= 3389 && r.ToPort >= 3389 && r.CidrIpv4 == "0.0.0.0/0"));
}
