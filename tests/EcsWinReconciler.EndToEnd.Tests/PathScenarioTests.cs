using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 12's scenarios through the task-state function with every real adapter (sandbox EC2, ECS, Resolver and SNS; dynalite):
/// each task's RUNNING event is handled as EventBridge would deliver it, and each scenario's one cause is found on the tasks it
/// reaches, rooted where it lives, with one alert for it — however many tasks and servers it cuts off — and no change made.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class PathScenarioTests(DynaliteFixture dynamo)
{
    [Fact]
    public async Task NaclBlocksDns_DnsAndDomainRepliesDropped_RootedAtTheAclOneAlertEach()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "nacl-blocks-dns");

        var findings = await HandleRunningEventsAsync(account);

        var acl = $"acl:{ScenarioIds.LinuxEphemeralAcl}";
        Assert.All(findings.Values, task => Assert.Contains(task, f => f.Check == CheckIds.DnsPath && f.Root == acl));
        Assert.All(findings.Values, task => Assert.Contains(task, f => f.Check == CheckIds.AdPath && f.Root == acl));
        var dns = findings.Values.SelectMany(t => t).First(f => f.Check == CheckIds.DnsPath);
        Assert.Contains("49152", dns.Message, StringComparison.Ordinal);
        Assert.Single(account.Subjects(), s => s.Contains($"OPEN high {CheckIds.DnsPath} ", StringComparison.Ordinal));
        Assert.Single(account.Subjects(), s => s.Contains($"OPEN high {CheckIds.AdPath} ", StringComparison.Ordinal));
        Assert.Equal(2, account.Subjects().Count);
        Assert.Empty(account.MutatingCalls());
    }

    [Fact]
    public async Task AdUnreachable_EgressOnlyHttpsAndDns_AdPathRootedAtTheGroupsDnsPathPasses()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "ad-unreachable");

        var findings = await HandleRunningEventsAsync(account);

        Assert.All(findings.Values, task => Assert.Contains(task, f => f.Check == CheckIds.AdPath && f.Root == $"group:{ScenarioIds.WebGroup}"));
        Assert.All(findings.Values, task => Assert.DoesNotContain(task, f => f.Check == CheckIds.DnsPath));
        Assert.Contains("Kerberos", findings.Values.First().First(f => f.Check == CheckIds.AdPath).Message, StringComparison.Ordinal);
        Assert.Equal([$"OPEN high {CheckIds.AdPath}"], account.Subjects().Select(s => s[(s.IndexOf(']', StringComparison.Ordinal) + 2)..].Split(' ').Take(3)).Select(p => string.Join(' ', p)));
        Assert.Empty(account.MutatingCalls());
    }

    [Fact]
    public async Task ResolverRuleMissing_RuleOnAnotherVpc_RootedAtOurVpc_ResolvedOnceAssociated()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "resolver-rule-missing");

        var findings = await HandleRunningEventsAsync(account);

        Assert.All(findings.Values, task => Assert.Contains(task, f => f.Check == CheckIds.DnsResolverRule && f.Root == $"vpc:{ScenarioIds.VpcId}"));
        Assert.All(findings.Values, task => Assert.DoesNotContain(task, f => f.Check is CheckIds.DnsPath or CheckIds.AdPath));
        Assert.Single(account.Subjects(), s => s.Contains($"OPEN high {CheckIds.DnsResolverRule} ", StringComparison.Ordinal));

        // A person associates the rule with the tasks' VPC; the Resolver reads are kept a minute.
        account.Sandbox.Admin.Edit(w => ResolverEdits.Associate(w, "rslvr-rrassoc-0d4e5f6a7b8c9d0e1", ScenarioIds.ResolverForwardRule, ScenarioIds.VpcId));
        account.Time.Advance(TimeSpan.FromMinutes(2));
        await account.ResyncAsync();

        Assert.Single(account.Subjects(), s => s.Contains("RESOLVED", StringComparison.Ordinal) && s.Contains($" {CheckIds.DnsResolverRule} ", StringComparison.Ordinal));
        Assert.Empty(account.MutatingCalls());
    }

    [Fact]
    public async Task SubnetExhausted_NoFreeAddressInSubnetA_RootedAtTheSubnetOneAlert()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "subnet-exhausted");

        var findings = await HandleRunningEventsAsync(account);

        Assert.All(findings.Values, task => Assert.Contains(task, f => f.Check == CheckIds.EniSubnetCapacity && f.Root == $"subnet:{ScenarioIds.SubnetA}" && f.Actual == "0 free"));
        Assert.All(findings.Values, task => Assert.DoesNotContain(task, f => f.Check == CheckIds.EniSubnetCapacity && f.Root.EndsWith(ScenarioIds.SubnetB, StringComparison.Ordinal)));
        Assert.Equal(1, account.Subjects().Count(s => s.Contains($"OPEN high {CheckIds.EniSubnetCapacity} ", StringComparison.Ordinal)));
        Assert.Single(account.Subjects());
    }

    [Fact]
    public async Task AgentNotAwsvpcReady_HostAAgentDisconnected_OnlyItsTaskRootedAtTheHostOneAlert()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "agent-not-awsvpc-ready");
        var onHostA = account.Sandbox.State.Read(w => w.Tasks.Values.Single(t => !t.IsStopped && t.ContainerInstanceArn.EndsWith(ScenarioIds.ContainerInstanceA, StringComparison.Ordinal)).Arn);

        var findings = await HandleRunningEventsAsync(account);

        var ready = Assert.Single(findings[onHostA], f => f.Check == CheckIds.HostAwsvpcReady);
        Assert.Equal($"host:{ScenarioIds.WindowsHostA}", ready.Root);
        Assert.Contains("disconnected", ready.Actual, StringComparison.Ordinal);
        Assert.All(findings.Where(f => f.Key != onHostA), other => Assert.DoesNotContain(other.Value, f => f.Check == CheckIds.HostAwsvpcReady));
        Assert.Single(account.Subjects(), s => s.Contains($"OPEN high {CheckIds.HostAwsvpcReady} ", StringComparison.Ordinal));
        Assert.Single(account.Subjects());
    }

    [Fact]
    public async Task Healthy_WithTheDomainControllersDeclared_NoPathReadinessOrHeadroomFinding()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");

        var findings = await HandleRunningEventsAsync(account);

        Assert.NotEmpty(findings);
        Assert.All(findings.Values, Assert.Empty);
        Assert.Empty(account.Subjects());
    }

    /// <summary>Every IIS task's latest RUNNING event through the task-state function; the findings each status then records.</summary>
    private static async Task<Dictionary<string, IReadOnlyList<FindingRecord>>> HandleRunningEventsAsync(LocalAccount account)
    {
        using var function = new LocalFunction(account, FunctionKind.TaskState);
        var running = account.Sandbox.Admin.Events().Where(e => e.LastStatus == "RUNNING").GroupBy(e => e.TaskArn).Select(g => g.MaxBy(e => e.Version)!).ToList();
        foreach (var e in running)
        {
            var response = await function.InvokeAsync(e.Json);
            Assert.Equal(("reconciled", 0), (response.Status(), response.Count("failed")));
        }

        var iis = account.Sandbox.State.Read(w => w.Tasks.Values.Where(t => !t.IsStopped && t.ServiceName == ScenarioIds.ServiceName).Select(t => t.Arn).ToList());
        var findings = new Dictionary<string, IReadOnlyList<FindingRecord>>(StringComparer.Ordinal);
        foreach (var arn in iis)
        {
            var status = await account.Ports.Status.GetAsync(arn, CancellationToken.None);
            findings[arn] = [.. (status ?? throw new InvalidOperationException($"no status for {arn}")).Findings];
        }

        return findings;
    }
}
