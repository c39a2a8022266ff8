using System.CommandLine;
using EcsWinReconciler.Cli.Exceptions;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;

namespace EcsWinReconciler.Cli.Commands.Except;

/// <summary><c>ewr except remove SPEC --check --resource</c>: removes an exception at the generation just read; its findings alert or repair at the next look.</summary>
internal static class ExceptRemoveCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var spec = ExceptCommand.SpecArgument();
        var check = ExceptCommand.CheckOption();
        var resource = ExceptCommand.ResourceOption();
        var command = new Command("remove", "Remove an exception: its findings are alerted or repaired again at the next look.") { spec, check, resource };
        wiring.Examples(command, "ewr except remove iis-webserver --check sg.forbidden-ingress --resource sg-0123456789abcdef0");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs, CommandShape.Table, CommandShape.Json, CommandShape.Yaml), (context, parse, ct) =>
            RunAsync(context, parse.GetValue(spec)!, parse.GetValue(check)!, parse.GetValue(resource)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string specName, string check, string resource, CancellationToken cancellationToken)
    {
        var options = ExceptionLimits.ReadOptions(context.Host);
        var (stored, removed) = await new ExceptionEditor(context.Backend.Ports.Specs, options).RemoveAsync(specName, check, resource, cancellationToken).ConfigureAwait(false);
        if (context.WantsData)
        {
            context.WriteData(ExceptionView.From(stored, removed, options.Now!.Value), CliJson.Default.ExceptionView);
            return ExitCodes.Ok;
        }

        context.Say($"spec/{stored.Name}: exception for {removed.Check} on {removed.Resource} removed (generation {stored.Generation}); its findings are alerted or repaired at the next look", hang: 2);
        return ExitCodes.Ok;
    }
}
