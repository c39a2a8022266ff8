using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>System.CommandLine's help, followed by the command's examples (System.CommandLine has no examples section).</summary>
internal sealed class ExamplesHelpAction(HelpAction help, IReadOnlyDictionary<Command, IReadOnlyList<string>> examples, int? width) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var exit = help.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines) && lines.Count > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var line in lines)
            {
                // A comment wraps under itself; the command never wraps (it is one thing to copy).
                var comment = line.IndexOf(" # ", StringComparison.Ordinal);
                Output.Prose.Write(output, $"  {line}", comment < 0 ? line.Length + 2 : comment + 5, width);
            }

            output.WriteLine();
        }

        return exit;
    }
}
