using System.CommandLine;
using EcsWinReconciler.Cli.Exceptions;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Commands.Except;

/// <summary><c>ewr except list [SPEC]</c>: every exception of the stored specs, in force or lapsed, with who added it and when.</summary>
internal static class ExceptListCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var spec = new Argument<string?>("SPEC") { Description = "Only this spec's exceptions (default: every spec's).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("list", "List exceptions: spec, check, resource, until when, in force or lapsed, ticket, who, why.") { spec };
        wiring.Examples(command, "ewr except list", "ewr except list iis-webserver -o json");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs, [.. CommandShape.AllFormats]), (context, parse, ct) => RunAsync(context, parse.GetValue(spec), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string? specName, CancellationToken cancellationToken)
    {
        var store = context.Backend.Ports.Specs;
        IReadOnlyList<StoredSpec> specs = specName is null
            ? await store.ListAsync(cancellationToken).ConfigureAwait(false)
            : [await store.GetAsync(specName, cancellationToken).ConfigureAwait(false)
                ?? throw new CliException($"spec \"{specName}\" not found", "'ewr spec list' shows the stored specs", ExitCodes.Findings)];
        var now = context.Host.Time.GetUtcNow();
        var views = specs.SelectMany(s => s.Spec.Spec.Exceptions.Select(e => ExceptionView.From(s, e, now))).ToList();
        if (context.WantsData)
        {
            context.WriteData<IReadOnlyList<ExceptionView>>(views, CliJson.Default.IReadOnlyListExceptionView);
        }
        else if (views.Count == 0)
        {
            context.Host.Error.WriteLine("no exceptions; 'ewr except add' or spec.exceptions in a spec file declares them");
        }
        else
        {
            context.Write(ExceptionTable.Of(views));
        }

        return ExitCodes.Ok;
    }
}
