using System.CommandLine;
using EcsWinReconciler.Cli.Completion;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Commands;

/// <summary><c>ewr completion bash|zsh|pwsh</c>: prints the shell's completion script (see <see cref="CompletionScripts"/>).</summary>
internal static class CompletionCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var shell = new Argument<string>("SHELL") { Description = $"The shell: {string.Join(", ", CompletionScripts.Shells)}." };
        shell.AcceptOnlyFromAmong([.. CompletionScripts.Shells]);
        var command = new Command("completion", "Print the shell completion script for bash, zsh or PowerShell (pwsh).") { shell };
        wiring.Examples(command,
            "source <(ewr completion bash)                       # bash, this shell",
            "ewr completion zsh > \"${fpath[1]}/_ewr\"             # zsh, every shell",
            "ewr completion pwsh | Out-String | Invoke-Expression  # PowerShell");
        wiring.Bind(command, CommandShape.Local(), (context, parse, _) =>
        {
            context.Host.Out.Write(CompletionScripts.For(parse.GetValue(shell)!));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
