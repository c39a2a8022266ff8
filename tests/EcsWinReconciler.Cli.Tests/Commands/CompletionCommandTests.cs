using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.Commands;

public sealed class CompletionCommandTests
{
    [Theory]
    [InlineData("bash", "complete -o default -F _ewr_complete ewr")]
    [InlineData("zsh", "compdef _ewr ewr")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName ewr")]
    public async Task Completion_Shell_PrintsAScriptThatAsksEwrForSuggestions(string shell, string registration)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("completion", shell);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(registration, result.Out);
        Assert.Contains("[suggest:", result.Out);
    }

    [Fact]
    public async Task SuggestDirective_FunctionValue_ListsTheFunctions()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("[suggest:22]", "ewr invoke --function ");

        Assert.Equal(["api-change", "resync", "spec-change", "task-state"], result.OutLines);
    }

    [Fact]
    public async Task Completion_UnknownShell_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("completion", "fish");

        Assert.Equal(2, result.ExitCode);
    }
}
