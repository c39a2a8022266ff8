using System.CommandLine;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// Lets options come before the command they act on, as the AWS CLI's global options do
/// (<c>ewr --region us-east-1 status</c>): the option words met before the last command word move after it. Only used
/// when the command line as typed does not parse, so a line that parses is never rearranged.
/// </summary>
internal static class ArgumentOrder
{
    public static IReadOnlyList<string> CommandFirst(IReadOnlyList<string> args, Command root)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(root);
        var words = new List<string>();
        var moved = new List<string>();
        var command = root;
        var i = 0;
        for (; i < args.Count && command.Subcommands.Count > 0; i++)
        {
            var next = command.Subcommands.FirstOrDefault(c => c.Name == args[i] || c.Aliases.Contains(args[i]));
            if (next is null)
            {
                moved.Add(args[i]);
            }
            else
            {
                words.Add(args[i]);
                command = next;
            }
        }

        return [.. words, .. moved, .. args.Skip(i)];
    }
}
