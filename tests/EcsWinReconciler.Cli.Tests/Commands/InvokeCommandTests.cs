using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Cli.Tests.Commands;

/// <summary>ewr invoke: the Lambda functions' handlers on the repository's sample events, against the fake world.</summary>
public sealed class InvokeCommandTests
{
    private static string Event(string name) => Path.Combine(AppContext.BaseDirectory, "Events", name);

    [Fact]
    public async Task TaskState_RunningEvent_ReconcilesTheTaskAndAlertsUnderTheDefaultAlertCap()
    {
        using var cli = await RdpOpenAsync(remediation: "remediate");

        var result = await cli.RunAsync("invoke", "--function", "task-state", "--event", Event("task-state-running.json"), "-o", "json");

        Assert.Equal(0, result.ExitCode);
        var answer = result.Json();
        Assert.Equal("task-state", answer.GetProperty("function").GetString());
        Assert.Equal("reconciled", answer.GetProperty("status").GetString());
        Assert.Equal(1, answer.GetProperty("tasks").GetInt32());
        Assert.Equal(1, answer.GetProperty("findings").GetInt32());
        Assert.Equal(0, answer.GetProperty("actionsApplied").GetInt32());
        Assert.True(cli.Harness.World.WebGroupAllowsRdpFromWorld());
        Assert.Single(await cli.Harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task TaskState_WithRemediateCap_RevokesTheRule()
    {
        using var cli = await RdpOpenAsync(remediation: "remediate");

        var result = await cli.RunAsync("invoke", "--function", "task-state", "--event", Event("task-state-running.json"), "--remediation-mode", "remediate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, result.Json().GetProperty("actionsApplied").GetInt32());
        Assert.False(cli.Harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task Resync_Issue13_JsonOnStdoutLogsOnStderr()
    {
        using var cli = await RdpOpenAsync(remediation: "alert");

        var result = await cli.RunAsync("invoke", "--function", "resync", "--event", Event("resync-schedule.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("reconciled", result.Json().GetProperty("status").GetString());
        Assert.Matches(@"(?m)^info ", result.Error);
    }

    [Fact]
    public async Task Resync_ScheduledEvent_ReconcilesEveryTaskTheSpecsSelect()
    {
        using var cli = await RdpOpenAsync(remediation: "alert", tasks: 3);

        var result = await cli.RunAsync("invoke", "--function", "resync", "--event", Event("resync-schedule.json"), "-o", "yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("function: resync\n", result.Out);
        Assert.Contains("tasks: 3\n", result.Out);
    }

    [Fact]
    public async Task WrongEventForTheFunction_IsRejectedAndExitsTwo()
    {
        using var cli = await RdpOpenAsync(remediation: "alert");

        var result = await cli.RunAsync("invoke", "--function", "task-state", "--event", Event("resync-schedule.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Matches(@"^error: the function rejected \S+resync-schedule.json: .+\n$", result.Error);
    }

    [Fact]
    public async Task MalformedRemediationModeVariable_ExitsTwoNamingIt()
    {
        using var cli = await RdpOpenAsync(remediation: "alert");
        cli.Environment["EWR_REMEDIATION_MODE"] = "yolo";

        var result = await cli.RunAsync("invoke", "--function", "resync", "--event", Event("resync-schedule.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("EWR_REMEDIATION_MODE must be alert, dry-run or remediate", result.Error);
    }

    [Fact]
    public async Task UnknownFunction_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("invoke", "--function", "cleanup", "--event", Event("resync-schedule.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cleanup", result.Error);
        Assert.Equal(0, cli.Backends.Created);
    }

    [Fact]
    public async Task MissingEventFile_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("invoke", "--function", "resync", "--event", Path.Combine(cli.Directory, "nope.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.json: no such file", result.Error);
    }

    private static async Task<CliRunner> RdpOpenAsync(string remediation, int tasks = 1)
    {
        var cli = new CliRunner(new ReconcilerHarness(WorldBuilder.Iis(tasks)));
        cli.Harness.World.OpenRdpToTheWorld();
        Assert.Equal(0, (await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis(remediation: remediation)))).ExitCode);
        return cli;
    }
}
