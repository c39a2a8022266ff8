using System.CommandLine;
using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>"Did you mean": the subcommand or option of a command nearest to a word that matched none (edit distance).</summary>
internal static class TypoHints
{
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, word.Length / 3);
        return candidates
            .Select(c => (Name: c, Distance: EditDistance.Between(word.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit || (word.Length >= 3 && c.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>The names a word could have meant on <paramref name="command"/>: its subcommands, or its options for a word that starts with '-'.</summary>
    public static IEnumerable<string> NamesOn(Command command, string word)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (word.StartsWith('-'))
        {
            var options = command.Options.AsEnumerable();
            for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            {
                options = options.Concat(parent.Options.Where(o => o.Recursive));
            }

            return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
        }

        return command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
    }
}
