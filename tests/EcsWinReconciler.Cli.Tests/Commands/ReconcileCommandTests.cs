using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Cli.Tests.Commands;

public sealed class ReconcileCommandTests
{
    [Fact]
    public async Task Reconcile_HealthyWorld_ReportsNoDriftAndExitsZero()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^1\s+1\s+0\s+0\s+0\s+0\s+0\s+0\s+0$", result.OutLines[1]);
        Assert.Contains("no drift remains", result.Out);
    }

    [Fact]
    public async Task Reconcile_RdpOpenInAlertMode_OpensAnAlertAndExitsOneBecauseDriftRemains()
    {
        using var cli = new CliRunner();
        cli.Harness.World.OpenRdpToTheWorld();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("sg.forbidden-ingress/", result.Out);
        Assert.Contains("alerted", result.Out);
        Assert.Contains("drift remains", result.Out);
        Assert.True(cli.Harness.World.WebGroupAllowsRdpFromWorld());
        Assert.Single(await cli.Harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task Reconcile_Issue11_TaskGivenByTheIdStatusPrints_ReconcilesItAndSaysDriftRemains()
    {
        using var cli = new CliRunner();
        cli.Harness.World.OpenRdpToTheWorld();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName, "--task", Core.Networking.AwsIds.TaskId(Ids.TaskArn));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("sg.forbidden-ingress/", result.Out);
        Assert.Contains("drift remains", result.Out);
        Assert.DoesNotContain("not found", result.Out + result.Error);
    }

    [Fact]
    public async Task Reconcile_Issue11_TaskThatDoesNotExist_ExitsTwoNamingIt()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName, "--task", "ffffffffffffffffffffffffffffffff");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("task ffffffffffffffffffffffffffffffff was not found in cluster win-prod", result.Error);
        Assert.DoesNotContain("no drift remains", result.Out);
    }

    [Fact]
    public async Task Reconcile_RdpOpenInRemediateMode_RevokesTheRuleAndExitsZero()
    {
        using var cli = new CliRunner();
        cli.Harness.World.OpenRdpToTheWorld();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis(remediation: "remediate")));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName, "--family", Ids.Family);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("repaired: revoke", result.Out);
        Assert.False(cli.Harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task Reconcile_DryRun_ChangesNothingEvenWhenTheSpecSaysRemediate()
    {
        using var cli = new CliRunner();
        cli.Harness.World.OpenRdpToTheWorld();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis(remediation: "remediate")));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName, "--dry-run");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dry run: would revoke", result.Out);
        Assert.Contains("drift remains (dry run: nothing was changed, written or sent)", result.Out);
        Assert.Empty(await cli.Harness.Status.ListAsync(null, null, CancellationToken.None));
        Assert.Empty(await cli.Harness.Alerts.ListAsync(openOnly: false, CancellationToken.None));
        Assert.Empty(cli.Harness.Sink.Published);
        Assert.Empty(await cli.Harness.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None));
        Assert.True(cli.Harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task Reconcile_ManyTasks_ReportsProgressAsPlainLinesOnStderr()
    {
        using var cli = new CliRunner(new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)));
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("reconciling cluster win-prod: 250 task(s)", lines[0]);
        Assert.Equal(["100/250 tasks", "200/250 tasks", "250/250 tasks"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Matches(@"^250\s+250\s+0", result.OutLines[1]);
    }

    [Fact]
    public async Task Reconcile_OnATerminal_DrawsAProgressBar()
    {
        using var cli = new CliRunner { Terminal = true };
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("reconciling cluster win-prod: 1/1 tasks", result.Error);
        Assert.Contains("100%", result.Error);
    }

    [Fact]
    public async Task Reconcile_OneTask_LooksOnlyAtIt()
    {
        using var cli = new CliRunner(new ReconcilerHarness(WorldBuilder.Iis(tasks: 3)));
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName, "--task", Ids.TaskArn, "-o", "json");

        var tasks = result.Json().GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(Ids.TaskArn, Assert.Single(tasks).GetProperty("taskArn").GetString());
        Assert.Equal(1, result.Json().GetProperty("seen").GetInt32());
    }

    [Fact]
    public async Task Reconcile_JsonOutput_CarriesCountersSkipsAndFindings()
    {
        using var cli = new CliRunner();
        cli.Harness.World.OpenRdpToTheWorld();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis(family: "other-family")));

        var skipped = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName, "-o", "json");

        var json = skipped.Json();
        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(1, json.GetProperty("skipped").GetProperty("no spec selects it").GetInt32());
        Assert.False(json.GetProperty("driftRemains").GetBoolean());
        Assert.Equal("skipped", json.GetProperty("tasks")[0].GetProperty("judgement").GetString());
    }

    [Fact]
    public async Task Reconcile_AlertNotDelivered_SaysSoAndThatALaterRunRetries()
    {
        using var table = await RdpOpenWithFailingSinkAsync();
        using var json = await RdpOpenWithFailingSinkAsync();

        var tableRun = await table.RunAsync("reconcile", "--cluster", Ids.ClusterName);
        var jsonRun = await json.RunAsync("reconcile", "--cluster", Ids.ClusterName, "-o", "json");

        Assert.Equal(1, tableRun.ExitCode);
        Assert.Contains("alert opened but not notified (iis-webserver:sg.forbidden-ingress@rule:", tableRun.Out);
        Assert.Contains("no alert topic configured; a later run retries it", tableRun.Out);
        var undelivered = Assert.Single(jsonRun.Json().GetProperty("undelivered").EnumerateArray());
        Assert.Equal("opened", undelivered.GetProperty("transition").GetString());
        Assert.Contains("no alert topic configured", undelivered.GetProperty("error").GetString());
    }

    private static async Task<CliRunner> RdpOpenWithFailingSinkAsync()
    {
        var cli = new CliRunner();
        cli.Harness.World.OpenRdpToTheWorld();
        cli.Harness.Sink.FailWith = "no alert topic configured";
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));
        return cli;
    }

    [Fact]
    public async Task Reconcile_FamilyAndTaskTogether_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("reconcile", "--cluster", "c", "--family", "f", "--task", "t");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--family and --task cannot be combined", result.Error);
        Assert.Equal(0, cli.Backends.Created);
    }

    [Fact]
    public async Task Reconcile_WithoutCluster_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("reconcile");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--cluster", result.Error);
    }

    [Fact]
    public async Task Reconcile_Verbose_LogsTheReconcilerOnStderr()
    {
        using var cli = new CliRunner();
        cli.Harness.World.OpenRdpToTheWorld();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName, "--verbose");

        Assert.Contains("backend: in-memory fake AWS world", result.Error);
        Assert.Contains("taskId=0a1b2c3d4e5f60718293a4b5c6d7e8f9", result.Error);
    }
}
