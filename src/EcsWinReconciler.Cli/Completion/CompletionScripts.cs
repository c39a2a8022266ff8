namespace EcsWinReconciler.Cli.Completion;

/// <summary>
/// Shell completion scripts. Each asks ewr itself what may come next, through System.CommandLine's
/// <c>[suggest:POSITION]</c> directive, so commands, options and option values (e.g. --function's) complete as the
/// parser knows them, with no list to keep in step.
/// </summary>
internal static class CompletionScripts
{
    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "pwsh"];

    public static string For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "pwsh" => Pwsh,
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "unknown shell"),
    };

    private const string Bash = """
        # ewr completion for bash. Load it now:  source <(ewr completion bash)
        # or for every shell:                    ewr completion bash > ~/.local/share/bash-completion/completions/ewr
        _ewr_complete() {
            local IFS=$'\n'
            local line="${COMP_LINE:0:COMP_POINT}"
            COMPREPLY=( $(compgen -W "$(ewr "[suggest:${#line}]" "$line" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -F _ewr_complete ewr

        """;

    private const string Zsh = """
        #compdef ewr
        # ewr completion for zsh. Load it now:  source <(ewr completion zsh)
        # or save it as _ewr in a directory of your $fpath.
        _ewr() {
            local line="${BUFFER[1,CURSOR]}"
            local -a completions
            completions=("${(@f)$(ewr "[suggest:${#line}]" "$line" 2>/dev/null)}")
            compadd -a completions
        }
        compdef _ewr ewr

        """;

    private const string Pwsh = """
        # ewr completion for PowerShell. Load it now:  ewr completion pwsh | Out-String | Invoke-Expression
        # or add that line to your $PROFILE.
        Register-ArgumentCompleter -Native -CommandName ewr -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString()
            $position = $cursorPosition - $commandAst.Extent.StartOffset
            ewr "[suggest:$position]" "$line" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }

        """;
}
