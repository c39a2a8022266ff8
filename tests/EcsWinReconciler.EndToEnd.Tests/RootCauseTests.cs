using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;
using Xunit.Abstractions;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 11 on the sandbox and dynalite with every real adapter: one alert per root cause, never a false all-clear, calls
/// that grow with causes, not tasks. The fleet: the IIS service grown to 50 tasks that started with a stray group and a
/// subnet the spec does not allow, RDP open to the world on its group, and VPC DNS hostnames off.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class RootCauseTests(DynaliteFixture dynamo, ITestOutputHelper output)
{
    private const string Fleet = "drifted-fleet-50+rdp-open+dns-hostnames-off";
    private static readonly ReconcilerOptions AlertMode = ReconcilerOptions.Default with { ForceAlertOnly = true };

    private static readonly string[] Causes = [CheckIds.SecurityGroupSet, CheckIds.EniSubnet, CheckIds.ForbiddenIngress, CheckIds.VpcDnsHostnames];

    [Fact]
    public async Task Fleet50_FourCauses_OneOpenPerCause_OneResolvedPerCauseAfterTheRepair_ThenSilence()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, Fleet);

        var first = await account.ScheduledResyncAsync(AlertMode);
        var opened = account.Subjects();
        await account.ScheduledResyncAsync(AlertMode);
        var afterSecond = account.Subjects();

        Assert.Equal(0, first.Failed);
        Assert.Equal(50, first.Tasks.Count(t => t.Judgement.Kind == JudgementKind.Judged));
        Assert.True(opened.Count == 4, string.Join("\n", opened));
        Assert.All(Causes, check => Assert.Single(opened, s => s.Contains($"OPEN high {check} ", StringComparison.Ordinal) || s.Contains($"OPEN critical {check} ", StringComparison.Ordinal)));
        Assert.Equal(opened, afterSecond);

        // The repair: ours (the rule, the service's network), a person's (DNS hostnames), then the next resyncs see it.
        await account.ScheduledResyncAsync();
        account.Sandbox.State.Write(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames = true);
        account.Time.Advance(TimeSpan.FromMinutes(15));
        await account.ScheduledResyncAsync();
        await account.ScheduledResyncAsync();
        var resolved = account.Subjects().Skip(4).ToList();
        await account.ScheduledResyncAsync();

        Assert.True(resolved.Count == 4, string.Join("\n", account.Subjects()));
        Assert.All(Causes, check => Assert.Single(resolved, s => s.Contains($"RESOLVED", StringComparison.Ordinal) && s.Contains($" {check} ", StringComparison.Ordinal)));
        Assert.Equal(8, account.Subjects().Count);
        Assert.Empty(await account.Ports.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task Fleet50_Resolved_MessagesSayWhyAndNoTextIsStale()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, Fleet);
        await account.ScheduledResyncAsync(AlertMode);

        await account.ScheduledResyncAsync();
        account.Sandbox.State.Write(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames = true);
        account.Time.Advance(TimeSpan.FromMinutes(15));
        await account.ScheduledResyncAsync();
        await account.ScheduledResyncAsync();

        Assert.True(account.Subjects().Count == 8, string.Join("\n", account.Subjects()));
        var bodies = account.Sandbox.Admin.PublishedMessages().Where(m => m.Subject!.Contains("RESOLVED", StringComparison.Ordinal)).ToDictionary(m => m.Subject!, m => m.Message);
        Assert.Contains("repaired by EcsWinReconciler", Body(bodies, CheckIds.ForbiddenIngress), StringComparison.Ordinal);
        Assert.Contains("a fresh look at vpc-", Body(bodies, CheckIds.VpcDnsHostnames), StringComparison.Ordinal);
        Assert.Contains("no task shows it any more", Body(bodies, CheckIds.SecurityGroupSet), StringComparison.Ordinal);
        Assert.All(bodies.Values, b => Assert.DoesNotContain("Not repaired automatically", b, StringComparison.Ordinal));
        var open = account.Sandbox.Admin.PublishedMessages().First(m => m.Subject!.Contains("OPEN high sg.set", StringComparison.Ordinal)).Message;
        Assert.Contains("Tasks (50):", open, StringComparison.Ordinal);
        Assert.Contains("… and 40 more", open, StringComparison.Ordinal);
        Assert.Contains("Root cause: service iis-webserver", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fleet50_KnownAndStillDrifted_ResyncCostsAtMost30Calls_FirstSightAtMost60PlusOneStatusWriteEach()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, Fleet);
        var counter = new ApiCallCounter(account.Sandbox, account.Backend.DynamoDb);

        var firstSight = await counter.DuringAsync(() => account.ScheduledResyncAsync(AlertMode));
        var known = await counter.DuringAsync(() => account.ScheduledResyncAsync(AlertMode));

        var statusWrites = firstSight.Count(c => c == "dynamodb:PutItem") - 4 - 4 - 1;
        output.WriteLine($"first sight: {firstSight.Count} calls ({statusWrites} status writes): {Describe(firstSight)}");
        output.WriteLine($"known: {known.Count} calls: {Describe(known)}");
        Assert.True(firstSight.Count - 50 <= 60, $"first sight: {firstSight.Count} calls ({statusWrites} status writes): {Describe(firstSight)}");
        Assert.True(known.Count <= 30, $"known: {known.Count} calls: {Describe(known)}");
        Assert.DoesNotContain("sns:Publish", known);
        Assert.Equal(1, known.Count(c => c == "dynamodb:PutItem"));
    }

    private static string Body(Dictionary<string, string> bodies, string check) => bodies.Single(b => b.Key.Contains($" {check} ", StringComparison.Ordinal)).Value;

    private static string Describe(IReadOnlyList<string> calls) =>
        string.Join(", ", calls.GroupBy(c => c, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}"));
}
