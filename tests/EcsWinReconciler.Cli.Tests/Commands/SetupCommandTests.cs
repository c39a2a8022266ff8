using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.Commands;

public sealed class SetupCommandTests
{
    [Fact]
    public async Task DryRun_PrintsBothTablesAndCallsNoAws()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("setup", "--dry-run", "--specs-table", "dev-Specs", "--state-table", "dev-State");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, cli.Backends.Created);
        Assert.Contains("table dev-Specs: would be created unless it exists", result.Out);
        Assert.Contains("  stream:     NEW_AND_OLD_IMAGES", result.Out);
        Assert.Contains("  index:      byCluster: byClusterPk (S, HASH), byClusterSk (S, RANGE), projects ALL", result.Out);
        Assert.Contains("  ttl:        ttl", result.Out);
    }

    [Fact]
    public async Task DryRun_Json_IsTheDeclaration()
    {
        using var cli = new CliRunner();

        var json = (await cli.RunAsync("setup", "--dry-run", "-o", "json")).Json();

        Assert.True(json.GetProperty("dryRun").GetBoolean());
        var state = json.GetProperty("tables")[1];
        Assert.Equal("EcsWinReconciler-State", state.GetProperty("name").GetString());
        Assert.Equal(["alerts", "byCluster"], state.GetProperty("indexes").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).Order());
        Assert.True(state.GetProperty("encrypted").GetBoolean());
        Assert.True(state.GetProperty("pointInTimeRecovery").GetBoolean());
    }

    [Fact]
    public async Task DryRun_NarrowTerminal_WrapsUnderTheValueAndSplitsNoName()
    {
        using var cli = new CliRunner { Terminal = true, TerminalColumns = 60 };

        var result = await cli.RunAsync("setup", "--dry-run", "--no-color");

        Assert.All(result.Out.Split('\n'), l => Assert.True(l.Length <= 60, l));
        Assert.Contains("  index:      byCluster: byClusterPk (S, HASH), byClusterSk\n              (S, RANGE), projects ALL\n", result.Out);
    }

    [Fact]
    public async Task Twice_CreatesThenFindsThemThere()
    {
        using var cli = new CliRunner();

        var first = await cli.RunAsync("setup");
        var second = await cli.RunAsync("setup");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("table EcsWinReconciler-Specs: created", first.Out);
        Assert.Contains("  export EWR_SPECS_TABLE=EcsWinReconciler-Specs\n  export EWR_STATE_TABLE=EcsWinReconciler-State\n", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("table EcsWinReconciler-Specs: exists, as declared", second.Out);
    }
}
