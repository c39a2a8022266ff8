using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.Hosting;

/// <summary>Issue 13: help without asking, help by name, "did you mean", options only where they act, and before the command too.</summary>
public sealed class UsageTests
{
    [Fact]
    public async Task Ewr_Alone_PrintsHelpWithExamplesAndExitsZero()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("Examples:\n  ewr demo --keep-running", result.Out);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Help_WithCommandWords_IsThatCommandsHelp()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("help", "spec", "apply");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(" spec apply [options]", result.Out);
        Assert.Contains("Examples:\n  ewr spec apply -f specs/ --dry-run", result.Out);
    }

    [Fact]
    public async Task Group_Alone_PrintsItsHelp()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("spec");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("validate", result.Out);
        Assert.DoesNotContain("Required command", result.Out + result.Error);
    }

    [Fact]
    public void EveryCommand_HasExamplesInItsHelp()
    {
        using var cli = new CliRunner();
        var root = EwrApp.Build(cli.HostForInspection());
        var missing = All(root).Where(c => c.Name != "help").Where(c => !HelpOf(root, c).Contains("Examples:", StringComparison.Ordinal)).Select(EwrApp.CommandPath).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("demo")]
    [InlineData("completion")]
    public async Task LocalCommands_HaveNoAwsOptions(string command)
    {
        using var cli = new CliRunner();

        var help = await cli.RunAsync(command, "--help");

        Assert.DoesNotContain("--profile", help.Out);
        Assert.DoesNotContain("--endpoint-url", help.Out);
        Assert.DoesNotContain("--state-table", help.Out);
    }

    [Fact]
    public async Task Demo_Issue13_OutputOptionIsRefusedNotIgnored()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("demo", "-o", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: '-o' does not act on 'ewr demo'; it is an option of", result.Error);
    }

    [Fact]
    public async Task OptionOfOtherCommands_SaysWhereItActs()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("lint", "--region", "us-east-1", "x.json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: '--region' does not act on 'ewr lint'; it is an option of 'ewr spec apply'", result.Error);
    }

    [Fact]
    public async Task MisspeltOption_GetsTheNearest()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("status", "--regoin", "x");

        Assert.Equal("error: '--regoin' is not an option of 'ewr status'\nhint: did you mean '--region'? ('ewr status --help' lists what it takes)\n", result.Error);
    }

    [Fact]
    public async Task Errors_NarrowTerminal_WrapAtSpacesUnderTheText()
    {
        using var cli = new CliRunner { Terminal = true, TerminalColumns = 50 };

        var result = await cli.RunAsync("spec", "valdiate");

        Assert.Equal(
            "error: 'valdiate' is not a command of 'ewr spec'\nhint: did you mean 'ewr spec validate'? ('ewr spec\n      --help' lists what it takes)\n",
            result.Error);
    }

    [Fact]
    public async Task AwsOptions_BeforeTheCommand_ActOnIt()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("--region", "eu-west-1", "--specs-table", "dev-Specs", "spec", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(("eu-west-1", "dev-Specs"), (cli.Backends.LastOptions!.Region, cli.Backends.LastOptions.SpecsTable));
    }

    [Theory]
    [InlineData("valdiate", "validate")]
    [InlineData("aplly", "apply")]
    [InlineData("lsit", "list")]
    public void Nearest_TypoOfASubcommand_IsFound(string typo, string meant)
    {
        Assert.Equal(meant, TypoHints.Nearest(typo, ["apply", "diff", "validate", "get", "list", "delete", "schema"]));
    }

    [Fact]
    public void Nearest_NothingClose_IsNull()
    {
        Assert.Null(TypoHints.Nearest("kubernetes", ["apply", "diff", "validate"]));
    }

    private static IEnumerable<System.CommandLine.Command> All(System.CommandLine.Command command) =>
        command.Subcommands.SelectMany(All).Prepend(command);

    private static string HelpOf(System.CommandLine.RootCommand root, System.CommandLine.Command command)
    {
        using var output = new StringWriter();
        var words = EwrApp.CommandPath(command).Split(' ').Skip(1);
        root.Parse([.. words, "--help"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = output });
        return output.ToString();
    }
}
