using System.CommandLine;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>"Did you mean": the subcommand or option of a command nearest to a word that matched none (edit distance).</summary>
internal static class TypoHints
{
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, word.Length / 3);
        return candidates
            .Select(c => (Name: c, Distance: Distance(word.ToLowerInvariant(), c.ToLowerInvariant())))
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

    // Levenshtein, with a transposition counted as one edit (valdiate → validate).
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
