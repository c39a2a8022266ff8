using EcsWinReconciler.Aws.Members;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Sandbox.Faults;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 15 end to end: one hub (the sandbox's own account, healthy) watching two members in two regions — RDP open on the IIS
/// group in 444455556666/eu-west-1, and the same plus VPC DNS hostnames off in 777788889999/us-west-2 — and a third member,
/// 999900001111, that never deployed member.yaml. The same scenario ids in every world (the group is sg-0123456789abcdef0 in
/// both): an alert, claim or ledger entry keyed by resource id alone would merge the two accounts' causes.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class HubTests(DynaliteFixture dynamo)
{
    private static readonly MemberRoleSettings Role = new(TwoMembers.RoleName, TwoMembers.ExternalId);

    [Fact]
    public async Task Resync_AlertsOncePerCausePerAccount_RepairsWithTheMembersRole_ReportsAndSkipsTheMemberWithoutIt()
    {
        await using var hub = await StartHubAsync();

        using (var alertOnly = new LocalFunction(hub, FunctionKind.Resync, DeploymentRemediationMode.Alert))
        {
            var first = await alertOnly.InvokeAsync(ResyncEvent);
            await alertOnly.InvokeAsync(ResyncEvent);

            Assert.True(first.TryGetProperty("failedPlaces", out _), first.ToString());
            Assert.Equal("reconciled", first.GetProperty("status").GetString());
            var failed = Assert.Single(first.GetProperty("failedPlaces").EnumerateArray()).GetString()!;
            Assert.StartsWith($"{TwoMembers.WithoutRoleAccount}/{TwoMembers.WithoutRoleRegion}: ", failed, StringComparison.Ordinal);
            Assert.Contains("AccessDenied", failed, StringComparison.Ordinal);
            Assert.Contains("\"PlacesFailed\":1", alertOnly.Output, StringComparison.Ordinal);
        }

        // One alert per cause per account, each saying where; nothing from the healthy hub; the second run added none.
        var opened = hub.Sandbox.Admin.PublishedMessages();
        Assert.True(opened.Count == 3, string.Join("\n", opened.Select(m => m.Subject)));
        var rdp = opened.Where(m => m.Subject!.Contains("sg.forbidden-ingress sg-0123456789abcdef0", StringComparison.Ordinal)).Select(m => m.Message).ToList();
        Assert.Equal(2, rdp.Count);
        Assert.Single(rdp, m => m.Contains($"Account:    {TwoMembers.EuWestAccount}, region {TwoMembers.EuWestRegion}", StringComparison.Ordinal));
        Assert.Single(rdp, m => m.Contains($"Account:    {TwoMembers.UsWestAccount}, region {TwoMembers.UsWestRegion}", StringComparison.Ordinal));
        var dns = Assert.Single(opened, m => m.Subject!.Contains("dns.vpc-hostnames", StringComparison.Ordinal));
        Assert.Contains($"Account:    {TwoMembers.UsWestAccount}, region {TwoMembers.UsWestRegion}", dns.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(hub.Sandbox.Admin.Writes(), w => w.Service != "sns");

        // Remediation: the RDP rule revoked in each member, signed with that member's session; the hub's world and the third untouched.
        using (var remediate = new LocalFunction(hub, FunctionKind.Resync))
        {
            await remediate.InvokeAsync(ResyncEvent);
        }

        var revokes = hub.Sandbox.Calls.Records().Where(c => c.Operation == "RevokeSecurityGroupIngress" && c.Status == 200).ToList();
        foreach (var (account, region) in new[] { (TwoMembers.EuWestAccount, TwoMembers.EuWestRegion), (TwoMembers.UsWestAccount, TwoMembers.UsWestRegion) })
        {
            Assert.Contains(hub.Sandbox.World(account, region).Writes(), w => w.Operation == "RevokeSecurityGroupIngress");
            var session = Assert.Single(hub.Sandbox.Accounts.Sessions(), s => s.Account == account);
            Assert.Single(revokes, c => (c.Account, c.Region, c.AccessKeyId) == (account, region, session.AccessKeyId));
        }

        Assert.Equal(2, revokes.Count);
        Assert.DoesNotContain(hub.Sandbox.Admin.Writes(), w => w.Service != "sns");
        Assert.Empty(hub.Sandbox.World(TwoMembers.WithoutRoleAccount, TwoMembers.WithoutRoleRegion).Writes());

        // A person turns DNS hostnames back on in us-west-2: each alert resolves in its own place, once.
        hub.Sandbox.World(TwoMembers.UsWestAccount, TwoMembers.UsWestRegion).Edit(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames = true);
        hub.Time.Advance(TimeSpan.FromMinutes(15));
        using (var remediate = new LocalFunction(hub, FunctionKind.Resync))
        {
            await remediate.InvokeAsync(ResyncEvent);
            await remediate.InvokeAsync(ResyncEvent);
        }

        var resolved = hub.Sandbox.Admin.PublishedMessages().Skip(3).Select(m => m.Subject!).ToList();
        Assert.True(resolved.Count == 3 && resolved.All(s => s.Contains("RESOLVED", StringComparison.Ordinal)), string.Join("\n", resolved));
    }

    [Fact]
    public async Task Resync_AThrottledMember_IsReportedAndItsAlertsStayOpen_WhileTheOtherPlacesAreReconciled()
    {
        await using var hub = await StartHubAsync();
        using var alertOnly = new LocalFunction(hub, FunctionKind.Resync, DeploymentRemediationMode.Alert);
        await alertOnly.InvokeAsync(ResyncEvent);
        Assert.Equal(3, hub.Sandbox.Admin.PublishedMessages().Count);

        // us-west-2's ECS throttles every ListTasks while its drift is fixed by a person: unobserved, so nothing is resolved.
        hub.Sandbox.Faults.Add(new FaultRule("ecs", "ListTasks", FaultKind.Throttle) { Account = TwoMembers.UsWestAccount, Region = TwoMembers.UsWestRegion });
        hub.Sandbox.World(TwoMembers.UsWestAccount, TwoMembers.UsWestRegion).Edit(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames = true);
        hub.Time.Advance(TimeSpan.FromMinutes(15));
        var throttled = await alertOnly.InvokeAsync(ResyncEvent);

        var failed = throttled.GetProperty("failedPlaces").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(failed, f => f.StartsWith($"{TwoMembers.UsWestAccount}/{TwoMembers.UsWestRegion}: win-prod/", StringComparison.Ordinal));
        Assert.Contains(failed, f => f.StartsWith($"{TwoMembers.WithoutRoleAccount}/", StringComparison.Ordinal));
        Assert.Equal(2, failed.Count);
        Assert.Equal(4, throttled.GetProperty("judged").GetInt32());
        Assert.Equal(3, hub.Sandbox.Admin.PublishedMessages().Count);

        // Observable again: the fixed cause resolves, once; the others stay open.
        hub.Sandbox.Faults.Clear();
        await alertOnly.InvokeAsync(ResyncEvent);
        var resolved = Assert.Single(hub.Sandbox.Admin.PublishedMessages().Skip(3));
        Assert.Contains("RESOLVED", resolved.Subject, StringComparison.Ordinal);
        Assert.Contains("dns.vpc-hostnames", resolved.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskEvent_FromAMember_IsJudgedInItsPlace_FromAnUnwatchedAccount_IsIgnoredSayingWhy()
    {
        await using var hub = await StartHubAsync();
        var euWest = hub.Sandbox.World(TwoMembers.EuWestAccount, TwoMembers.EuWestRegion);
        var memberEvent = euWest.Events().Last(e => e.Json.Contains("\"lastStatus\":\"RUNNING\"", StringComparison.Ordinal));
        var unwatched = memberEvent.Json.Replace(TwoMembers.EuWestAccount, "123412341234", StringComparison.Ordinal);

        using var taskState = new LocalFunction(hub, FunctionKind.TaskState, DeploymentRemediationMode.Alert);
        var judged = await taskState.InvokeAsync(memberEvent.Json);
        var ignored = await taskState.InvokeAsync(unwatched);

        Assert.Equal(("reconciled", 1), (judged.GetProperty("status").GetString(), judged.GetProperty("judged").GetInt32()));
        Assert.Contains($"arn:aws:ecs:{TwoMembers.EuWestRegion}:{TwoMembers.EuWestAccount}:task/", judged.GetProperty("subject").GetString(), StringComparison.Ordinal);
        var rdp = Assert.Single(hub.Sandbox.Admin.PublishedMessages());
        Assert.Contains($"Account:    {TwoMembers.EuWestAccount}", rdp.Message, StringComparison.Ordinal);
        Assert.Equal("ignored", ignored.GetProperty("status").GetString());
        Assert.Equal($"no spec selects tasks in account 123412341234, region {TwoMembers.EuWestRegion}", ignored.GetProperty("reason").GetString());
    }

    private const string ResyncEvent = """
        {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event","source":"aws.events",
         "account":"111122223333","time":"2026-12-05T12:15:00Z","region":"us-east-1",
         "resources":["arn:aws:events:us-east-1:111122223333:rule/ewr-ResyncFunctionSchedule-1A2B3C4D5E6F"],"detail":{}}
        """;

    /// <summary>The hub (healthy, the sample specs) and its members, each with the sample specs naming its account and region.</summary>
    private async Task<LocalAccount> StartHubAsync([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var hub = await LocalAccount.StartAsync(dynamo, "healthy", memberRole: Role, test: test);
        TwoMembers.AddTo(hub.Sandbox, euWest: ScenarioCatalog.Get("rdp-open"), usWest: ScenarioCatalog.Get("rdp-open+dns-hostnames-off"));
        foreach (var (account, region) in TwoMembers.Places)
        {
            var read = SpecReader.Read("member-specs.yaml", SampleSpec.ForPlace(account, region));
            Assert.True(read.IsValid && read.Specs.Count == 2, string.Join("; ", read.Errors));
            foreach (var spec in read.Specs)
            {
                await hub.Ports.Specs.ApplyAsync(spec.Spec, SpecWriter.ToJson(spec.Spec), null, CancellationToken.None);
            }
        }

        return hub;
    }
}
