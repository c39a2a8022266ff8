using System.CommandLine;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary>-f/--filename as kubectl has it: a file, a directory (read recursively) or '-' for stdin; repeatable.</summary>
internal static class SpecFileOption
{
    public static Option<string[]> Create() => new("--filename", "-f")
    {
        Description = "A spec file (.yaml, .yml, .json), a directory of them (recursive), or - for stdin. Repeat for more.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        HelpName = "FILE|DIR",
    };
}
