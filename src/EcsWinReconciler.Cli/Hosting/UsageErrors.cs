using System.CommandLine;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// Parse errors as messages: a word that is no command or option gets the nearest one ("did you mean"), every
/// error a pointer to the command's help. Exit 2, nothing run.
/// </summary>
internal static class UsageErrors
{
    public static int Report(ParseResult parse, TextWriter error, IReadOnlyList<string> args, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var path = EwrApp.CommandPath(command);
        string? suggestion = null;

        // The first word that matched nothing is the news; the ones after it are usually its value.
        // An unknown option may have been taken as an argument's value; look for it in the words as typed first.
        var known = TypoHints.NamesOn(command, "-").ToHashSet(StringComparer.Ordinal);
        var unknownOption = args.TakeWhile(a => a != "--").FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && !known.Contains(a.Split('=')[0]));
        if ((unknownOption ?? parse.UnmatchedTokens.FirstOrDefault()) is { } word)
        {
            var elsewhere = word.StartsWith('-') ? CommandsWithOption(parse.RootCommandResult.Command, word).ToList() : [];
            if (elsewhere.Count > 0)
            {
                // An option of other commands: say where it acts rather than suggest itself.
                ErrorReporter.Line(error, "error: ", $"'{word}' does not act on '{path}'; it is an option of {string.Join(", ", elsewhere.Take(3).Select(c => $"'{c}'"))}{(elsewhere.Count > 3 ? ", …" : string.Empty)}", width);
            }
            else
            {
                var nearest = TypoHints.Nearest(word, TypoHints.NamesOn(command, word));
                var kind = word.StartsWith('-') ? "an option" : command.Subcommands.Count > 0 ? "a command" : "an argument";
                ErrorReporter.Line(error, "error: ", $"'{word}' is not {kind} of '{path}'", width);
                suggestion = nearest is null ? null : word.StartsWith('-') ? $"did you mean '{nearest}'?" : $"did you mean '{path} {nearest}'?";
            }
        }

        foreach (var message in parse.Errors.Select(e => e.Message).Where(m => !m.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)))
        {
            ErrorReporter.Line(error, "error: ", $"{message}", width);
        }

        ErrorReporter.Line(error, "hint: ", suggestion is null ? $"see '{path} --help'" : $"{suggestion} ('{path} --help' lists what it takes)", width);
        return ExitCodes.Usage;
    }

    private static IEnumerable<string> CommandsWithOption(Command command, string option)
    {
        if (command.Options.Any(o => o.Name == option || o.Aliases.Contains(option)))
        {
            yield return EwrApp.CommandPath(command);
        }

        foreach (var path in command.Subcommands.SelectMany(c => CommandsWithOption(c, option)))
        {
            yield return path;
        }
    }
}
