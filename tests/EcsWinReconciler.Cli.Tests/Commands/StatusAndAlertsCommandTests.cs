using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Cli.Tests.Commands;

/// <summary>status and alerts after a reconcile of the fake world with RDP open to the internet.</summary>
public sealed class StatusAndAlertsCommandTests
{
    private const string RdpFinding = "sg.forbidden-ingress/sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2";
    private const string RdpAlert = "iis-webserver:sg.forbidden-ingress@rule:sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2";

    [Fact]
    public async Task Status_AfterReconcile_ShowsConditionsJudgementAndTheOpenFinding()
    {
        using var cli = await RdpOpenAndReconciledAsync();

        var result = await cli.RunAsync("status", "--cluster", Ids.ClusterName);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^TASK\s+FAMILY\s+SPEC\s+GEN\s+STATUS\s+JUDGEMENT\s+ENI\s+SG\s+DNS\s+FINDINGS$", result.OutLines[0]);
        Assert.Matches(@"^0a1b2c3d4e5f60718293a4b5c6d7e8f9\s+iis-webserver\s+iis-webserver\s+1\s+RUNNING\s+judged\s+True\s+False\s+True\s+1$", result.OutLines[1]);
        Assert.Matches(@"^TASK\s+SEVERITY\s+FINDING\s+HANDLING$", result.OutLines[2]);
        Assert.Matches($@"^0a1b2c3d4e5f60718293a4b5c6d7e8f9\s+critical\s+{RdpFinding}\s+alerted: remediation mode is alert$", result.OutLines[3]);
        Assert.Equal("1 task(s), 1 with findings, 0 stale", result.OutLines[^1]);
    }

    [Fact]
    public async Task Status_NarrowTerminal_MovesFindingAndHandlingUnderTheRowAndNamesHiddenColumns()
    {
        using var cli = await RdpOpenAndReconciledAsync();
        cli.Terminal = true;
        cli.Environment["COLUMNS"] = "80";

        var result = await cli.RunAsync("status", "--no-color");

        Assert.StartsWith("0a1b2c3d4e5f60718293a4b5c6d7e8f9 ", result.OutLines[1]);
        Assert.Contains(result.OutLines, l => l.Trim() == $"finding: {RdpFinding}");
        Assert.Contains(result.OutLines, l => l.Trim() == "handling: alerted: remediation mode is alert");
        Assert.Contains(result.OutLines, l => l.StartsWith("(SPEC, GEN", StringComparison.Ordinal) && l.EndsWith("not shown at 80 columns; -o wide shows every column)", StringComparison.Ordinal));
        Assert.All(result.OutLines, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public async Task Status_TasksOfSeveralClusters_AddTheClusterColumn()
    {
        using var cli = await RdpOpenAndReconciledAsync();
        var other = (await cli.Harness.Status.ListAsync(null, null, CancellationToken.None))[0] with
        {
            TaskArn = "arn:aws:ecs:us-east-1:111122223333:task/win-test/ffffffffffffffffffffffffffffffff",
            ClusterArn = "arn:aws:ecs:us-east-1:111122223333:cluster/win-test",
        };
        await cli.Harness.Status.PutAsync(other, CancellationToken.None);

        var result = await cli.RunAsync("status");

        Assert.Matches(@"^TASK\s+CLUSTER\s+FAMILY", result.OutLines[0]);
        Assert.Contains(result.OutLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^f{32}\s+win-test\s+iis-webserver\s"));
    }

    [Fact]
    public async Task Status_AfterTheSpecMovesOn_MarksTheTaskStale()
    {
        using var cli = await RdpOpenAndReconciledAsync();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis(severity: "high")));

        var table = await cli.RunAsync("status");
        var json = await cli.RunAsync("status", "-o", "json");

        Assert.Matches(@"\s1/2 stale\s", table.OutLines[1]);
        var task = json.Json()[0];
        Assert.True(task.GetProperty("stale").GetBoolean());
        Assert.Equal(1, task.GetProperty("observedGeneration").GetInt64());
        Assert.Equal(2, task.GetProperty("specGeneration").GetInt64());
    }

    [Fact]
    public async Task Status_Json_ParsesWithConditionsAndFindings()
    {
        using var cli = await RdpOpenAndReconciledAsync();

        var result = await cli.RunAsync("status", "-o", "json");

        var task = Assert.Single(result.Json().EnumerateArray());
        Assert.Equal(Ids.TaskArn, task.GetProperty("taskArn").GetString());
        var conditions = task.GetProperty("conditions").EnumerateArray().ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("False", conditions["SecurityGroupsCompliant"]);
        Assert.Equal("True", conditions["EniReady"]);
        Assert.Equal("True", conditions["DnsCompliant"]);
        var finding = Assert.Single(task.GetProperty("findings").EnumerateArray());
        Assert.Equal(RdpFinding, finding.GetProperty("id").GetString());
        Assert.Equal("critical", finding.GetProperty("severity").GetString());
        Assert.StartsWith("alerted", finding.GetProperty("handling").GetString());
    }

    [Fact]
    public async Task Status_FilteredToAnotherFamily_IsEmptyAndSaysWhatToDo()
    {
        using var cli = await RdpOpenAndReconciledAsync();

        var result = await cli.RunAsync("status", "--cluster", Ids.ClusterName, "--family", "other");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("no task status stored for cluster win-prod, family other; run 'ewr reconcile --cluster win-prod'", result.Error);
    }

    [Fact]
    public async Task Alerts_AfterReconcile_ShowAgeSeverityCheckResourceAndTaskCount()
    {
        using var cli = await RdpOpenAndReconciledAsync();
        cli.Harness.Time.Advance(TimeSpan.FromMinutes(42));

        var result = await cli.RunAsync("alerts", "--open");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^STATE\s+SEVERITY\s+AGE\s+CHECK\s+RESOURCE\s+TASKS\s+SPEC\s+MESSAGE$", result.OutLines[0]);
        Assert.Matches(@"^open\s+critical\s+42m\s+sg\.forbidden-ingress\s+sg-0123456789abcdef0/sgr-0bbbbbbbbbbbbbbb2\s+1\s+iis-webserver\s+Group sg-0123456789abcdef0", result.OutLines[1]);
    }

    [Fact]
    public async Task Alerts_AfterTheDriftIsRepaired_ShowResolvedOnlyWithoutOpen()
    {
        using var cli = await RdpOpenAndReconciledAsync();
        cli.Harness.World.Groups[Ids.WebGroup] = IisObservation.WebGroup();
        cli.Harness.Time.Advance(TimeSpan.FromHours(3));
        await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName);

        var all = await cli.RunAsync("alerts");
        var open = await cli.RunAsync("alerts", "--open");

        Assert.Matches(@"^resolved 0s ago\s+critical\s+3h\s+sg\.forbidden-ingress", all.OutLines[1]);
        Assert.Equal(string.Empty, open.Out);
        Assert.Contains("no open alerts", open.Error);
    }

    [Fact]
    public async Task Alerts_Json_ParsesWithAffectedTasks()
    {
        using var cli = await RdpOpenAndReconciledAsync(tasks: 3);

        var result = await cli.RunAsync("alerts", "-o", "json");

        var alert = Assert.Single(result.Json().EnumerateArray());
        Assert.Equal("open", alert.GetProperty("state").GetString());
        Assert.Equal(3, alert.GetProperty("affectedTaskCount").GetInt32());
        Assert.Equal(3, alert.GetProperty("affectedTasks").GetArrayLength());
        Assert.Equal(RdpAlert, alert.GetProperty("key").GetString());
    }

    [Fact]
    public async Task Alerts_Yaml_ReadsAsTheSameFields()
    {
        using var cli = await RdpOpenAndReconciledAsync();

        var result = await cli.RunAsync("alerts", "-o", "yaml");

        Assert.StartsWith($"- key: {RdpAlert}\n  state: open\n  severity: critical\n", result.Out);
    }

    private static async Task<CliRunner> RdpOpenAndReconciledAsync(int tasks = 1)
    {
        var cli = new CliRunner(new ReconcilerHarness(WorldBuilder.Iis(tasks)));
        cli.Harness.World.OpenRdpToTheWorld();
        Assert.Equal(0, (await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()))).ExitCode);
        Assert.Equal(1, (await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName)).ExitCode);
        return cli;
    }
}
