using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary>
/// <c>ewr spec get NAME [-o yaml|json]</c>: a summary row, or the spec document itself (canonical, every default
/// written out) that <c>spec apply -f</c> takes back unchanged.
/// </summary>
internal static class SpecGetCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var name = new Argument<string>("NAME") { Description = "The spec's metadata.name." };
        var command = new Command("get", "Show one stored spec: a summary, or with -o yaml|json the document itself (re-appliable).") { name };
        wiring.Examples(command, "ewr spec get iis-webserver", "ewr spec get iis-webserver -o yaml > iis-webserver.yaml");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs, [.. CommandShape.AllFormats]), (context, parse, ct) => RunAsync(context, parse.GetValue(name)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string name, CancellationToken cancellationToken)
    {
        var stored = await context.Backend.Ports.Specs.GetAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound(name);
        switch (context.Format)
        {
            case OutputFormat.Table or OutputFormat.Wide:
                context.Write(SpecTable.Of([stored]));
                break;
            case OutputFormat.Yaml:
                context.Host.Out.Write(JsonToYaml.Convert(SpecWriter.ToJson(stored.Spec)));
                break;
            default:
                context.Host.Out.Write(SpecWriter.ToJson(stored.Spec));
                break;
        }

        return ExitCodes.Ok;
    }

    public static CliException NotFound(string name) =>
        new($"no spec named \"{name}\" is stored", "'ewr spec list' shows the stored specs; 'ewr spec apply -f FILE' stores one");
}
