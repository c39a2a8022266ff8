using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Cli.Tests.Process;

/// <summary>
/// Issue 15 from the command line: the built ewr against a hub (the sandbox's own account, healthy) watching two members —
/// RDP open in 444455556666/eu-west-1, RDP open and VPC DNS hostnames off in 777788889999/us-west-2 — and 999900001111, which
/// never deployed the member role. The specs name each member with selector.account/region, as HubTests' do. The hub's account
/// is not given (no EWR_ACCOUNT_ID): ewr asks STS.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class EwrOnHubTests(DynaliteFixture dynamo)
{
    private const string EuWest = $"{TwoMembers.EuWestAccount}/{TwoMembers.EuWestRegion}";
    private const string UsWest = $"{TwoMembers.UsWestAccount}/{TwoMembers.UsWestRegion}";

    [Fact]
    public async Task Alerts_FromTwoMembers_ListedWithTheirPlaces_FilteredByAccountAndTaskRegion()
    {
        await using var sandbox = await StartHubAsync();
        using var files = new CliRunner();
        var environment = await EnvironmentAsync(sandbox, files, alertOnly: true);
        var euReconcile = await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "--account", TwoMembers.EuWestAccount, "--task-region", TwoMembers.EuWestRegion);
        var usReconcile = await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "--account", TwoMembers.UsWestAccount);

        var table = await EwrProcess.RunAsync(environment, "alerts");
        var all = await EwrProcess.RunAsync(environment, "alerts", "-o", "json");
        var euOnly = await EwrProcess.RunAsync(environment, "alerts", "--account", TwoMembers.EuWestAccount, "-o", "json");
        var usOnly = await EwrProcess.RunAsync(environment, "alerts", "--task-region", TwoMembers.UsWestRegion, "-o", "json");
        var euTable = await EwrProcess.RunAsync(environment, "alerts", "--account", TwoMembers.EuWestAccount);
        var none = await EwrProcess.RunAsync(environment, "alerts", "--account", TwoMembers.EuWestAccount, "--task-region", TwoMembers.UsWestRegion);

        Assert.True(euReconcile.ExitCode == 1, euReconcile.ToString());
        Assert.True(usReconcile.ExitCode == 1, usReconcile.ToString());
        Assert.Contains($"in {EuWest}", euReconcile.Error, StringComparison.Ordinal);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.StartsWith("ACCOUNT/REGION", table.OutLines[0], StringComparison.Ordinal);
        Assert.Single(table.OutLines, l => l.StartsWith(EuWest, StringComparison.Ordinal) && l.Contains("sg.forbidden-ingress", StringComparison.Ordinal));
        Assert.Single(table.OutLines, l => l.StartsWith(UsWest, StringComparison.Ordinal) && l.Contains("sg.forbidden-ingress", StringComparison.Ordinal));
        Assert.Single(table.OutLines, l => l.StartsWith(UsWest, StringComparison.Ordinal) && l.Contains("dns.vpc-hostnames", StringComparison.Ordinal));
        Assert.Equal([(EuWest, 1), (UsWest, 2)], Places(all));
        Assert.Equal([(EuWest, 1)], Places(euOnly));
        Assert.Equal([(UsWest, 2)], Places(usOnly));

        // One place in the output: no column, as a single-account hub has always printed it.
        Assert.StartsWith("STATE", euTable.OutLines[0], StringComparison.Ordinal);
        Assert.Single(euTable.OutLines.Skip(1));
        Assert.True(none.ExitCode == 2, none.ToString());
        Assert.Contains($"the hub watches no place in account {TwoMembers.EuWestAccount}, region {TwoMembers.UsWestRegion}", none.Error, StringComparison.Ordinal);
        Assert.Contains($"it watches {SandboxAccount.AccountId}/us-east-1 (the hub's own), {EuWest}", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_WithoutAPlace_JudgesTheHubsOwnTasksByItsOwnSpecs_AndCallsNoMember()
    {
        await using var sandbox = await StartHubAsync();
        using var files = new CliRunner();
        var environment = await EnvironmentAsync(sandbox, files, alertOnly: true);
        var before = sandbox.Calls.Records().Count;

        var reconcile = await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "-o", "json");

        // The members' specs select win-prod/iis-webserver too: over every spec, the hub's tasks would tie and go unjudged.
        Assert.True(reconcile.ExitCode == 0, reconcile.ToString());
        var json = reconcile.Json();
        Assert.Equal((2, 2), (json.GetProperty("seen").GetInt32(), json.GetProperty("judged").GetInt32()));
        Assert.All(json.GetProperty("tasks").EnumerateArray(), t => Assert.Equal("iis-webserver", t.GetProperty("spec").GetString()));
        Assert.All(sandbox.Calls.Records().Skip(before).Where(c => c.Service is "ecs" or "ec2"), c => Assert.Equal((SandboxAccount.AccountId, SandboxAccount.Region), (c.Account, c.Region)));
        Assert.Empty(sandbox.Accounts.Sessions());
    }

    [Fact]
    public async Task Explain_AMembersTaskByArn_JudgesItInItsPlace_AndAHubTaskByTheHubsSpecs()
    {
        await using var sandbox = await StartHubAsync();
        using var files = new CliRunner();
        var environment = await EnvironmentAsync(sandbox, files, alertOnly: true);
        var memberTask = sandbox.World(TwoMembers.EuWestAccount, TwoMembers.EuWestRegion).State.Read(w => w.Tasks.Keys.First());
        var hubTask = sandbox.State.Read(w => w.Tasks.Keys.First());

        var member = await EwrProcess.RunAsync(environment, "explain", memberTask, "--cluster", ScenarioIds.ClusterName, "-o", "json");
        var hub = await EwrProcess.RunAsync(environment, "explain", hubTask, "--cluster", ScenarioIds.ClusterName, "-o", "json");

        Assert.True(member.ExitCode == 1, member.ToString());
        Assert.True(hub.ExitCode == 0, hub.ToString());
        Assert.Contains("sg.forbidden-ingress", member.Out, StringComparison.Ordinal);
        Assert.Contains($"iis-webserver-{TwoMembers.EuWestAccount}", member.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("sg.forbidden-ingress", hub.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoMembers.EuWestAccount, hub.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_FilteredByAccount_ShowsThatMembersTasksOnly()
    {
        await using var sandbox = await StartHubAsync();
        using var files = new CliRunner();
        var environment = await EnvironmentAsync(sandbox, files, alertOnly: true);
        await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "--account", TwoMembers.EuWestAccount);
        await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "--account", TwoMembers.UsWestAccount);

        var all = await EwrProcess.RunAsync(environment, "status", "-o", "json");
        var us = await EwrProcess.RunAsync(environment, "status", "--account", TwoMembers.UsWestAccount, "-o", "json");
        var table = await EwrProcess.RunAsync(environment, "status", "--cluster", ScenarioIds.ClusterName);

        Assert.True(us.ExitCode == 0, us.ToString());
        var tasks = Places(all);
        Assert.Equal([EuWest, UsWest], tasks.Select(t => t.Place));
        Assert.Equal([(UsWest, tasks[1].Count)], Places(us));
        Assert.All(us.Json().EnumerateArray(), t => Assert.Contains($":{TwoMembers.UsWestRegion}:{TwoMembers.UsWestAccount}:task/", t.GetProperty("taskArn").GetString(), StringComparison.Ordinal));
        Assert.Equal("ACCOUNT/REGION", table.OutLines[0].Split("  ", StringSplitOptions.RemoveEmptyEntries)[1]);
        Assert.Equal(tasks.Sum(t => t.Count), table.OutLines.Count(l => l.Contains($" {EuWest} ", StringComparison.Ordinal) || l.Contains($" {UsWest} ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reconcile_OneMemberPlace_RepairsThatWorldOnly_WithTheMembersRole()
    {
        await using var sandbox = await StartHubAsync();
        using var files = new CliRunner();
        var environment = await EnvironmentAsync(sandbox, files, alertOnly: false);

        var result = await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "--account", TwoMembers.EuWestAccount, "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var view = result.Json();
        Assert.Equal((TwoMembers.EuWestAccount, TwoMembers.EuWestRegion), (view.GetProperty("account").GetString(), view.GetProperty("region").GetString()));
        Assert.True(view.GetProperty("actionsApplied").GetInt32() > 0, result.Out);
        Assert.Contains(sandbox.World(TwoMembers.EuWestAccount, TwoMembers.EuWestRegion).Writes(), w => w.Operation == "RevokeSecurityGroupIngress");
        Assert.Empty(sandbox.World(TwoMembers.UsWestAccount, TwoMembers.UsWestRegion).Writes());
        Assert.DoesNotContain(sandbox.Admin.Writes(), w => w.Service != "sns");
        var session = Assert.Single(sandbox.Accounts.Sessions());
        Assert.Equal(TwoMembers.EuWestAccount, session.Account);
    }

    [Fact]
    public async Task Reconcile_MemberWithoutTheRole_OrNoRoleConfigured_SaysWhichAccountAndRegion()
    {
        await using var sandbox = await StartHubAsync();
        using var files = new CliRunner();
        var environment = await EnvironmentAsync(sandbox, files, alertOnly: false);

        var denied = await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "--account", TwoMembers.WithoutRoleAccount);
        environment.Remove("EWR_MEMBER_EXTERNAL_ID");
        var unconfigured = await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "--account", TwoMembers.EuWestAccount);

        Assert.True(denied.ExitCode == 3, denied.ToString());
        Assert.Contains($"cannot reach account {TwoMembers.WithoutRoleAccount} in region {TwoMembers.WithoutRoleRegion}: assuming its member role was refused", denied.Error, StringComparison.Ordinal);
        Assert.True(unconfigured.ExitCode == 3, unconfigured.ToString());
        Assert.Contains($"cannot reach account {TwoMembers.EuWestAccount} in region {TwoMembers.EuWestRegion}: no member role is configured", unconfigured.Error, StringComparison.Ordinal);
        Assert.Contains("hint: set EWR_MEMBER_EXTERNAL_ID", unconfigured.Error, StringComparison.Ordinal);
        Assert.Empty(sandbox.World(TwoMembers.WithoutRoleAccount, TwoMembers.WithoutRoleRegion).Writes());
    }

    /// <summary>Each place in the order listed, with how many rows it has (from the JSON's account and region fields).</summary>
    private static List<(string Place, int Count)> Places(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return [.. result.Json().EnumerateArray()
            .Select(a => $"{a.GetProperty("account").GetString()}/{a.GetProperty("region").GetString()}")
            .GroupBy(p => p, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderBy(p => p.Key, StringComparer.Ordinal)];
    }

    private static async Task<SandboxHost> StartHubAsync()
    {
        var sandbox = await SandboxHost.StartAsync("healthy", new SandboxOptions { Seed = 7 });
        TwoMembers.AddTo(sandbox, euWest: ScenarioCatalog.Get("rdp-open"), usWest: ScenarioCatalog.Get("rdp-open+dns-hostnames-off"));
        return sandbox;
    }

    /// <summary>The hub's tables with its own specs and each member's (alert-only when <paramref name="alertOnly"/>), applied with ewr.</summary>
    private async Task<Dictionary<string, string?>> EnvironmentAsync(SandboxHost sandbox, CliRunner files, bool alertOnly, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var tables = await dynamo.CreateTablesAsync(test);
        var environment = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL"] = sandbox.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamo.Server.ServiceUrl.ToString(),
            ["AWS_REGION"] = "us-east-1",
            ["EWR_SPECS_TABLE"] = tables.Specs,
            ["EWR_STATE_TABLE"] = tables.State,
            ["EWR_ALERT_TOPIC_ARN"] = ScenarioIds.TopicArn,
            ["EWR_MEMBER_EXTERNAL_ID"] = TwoMembers.ExternalId,
        };
        var specs = new List<string> { "-f", files.File("hub.yaml", SampleSpec.Yaml) };
        foreach (var (account, region) in TwoMembers.Places)
        {
            var yaml = SampleSpec.ForPlace(account, region);
            specs.AddRange(["-f", files.File($"{account}.yaml", alertOnly ? yaml.Replace(": remediate", ": alert", StringComparison.Ordinal) : yaml)]);
        }

        var apply = await EwrProcess.RunAsync(environment, ["spec", "apply", .. specs]);
        Assert.True(apply.ExitCode == 0, apply.ToString());
        return environment;
    }
}
