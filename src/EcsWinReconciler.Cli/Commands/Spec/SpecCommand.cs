using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary><c>ewr spec …</c>: declare, inspect and remove TaskNetworkSpecs.</summary>
internal static class SpecCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var command = new Command("spec", "Declare the network Windows tasks must have (TaskNetworkSpec documents), and inspect what is stored.")
        {
            SpecApplyCommand.Create(wiring),
            SpecDiffCommand.Create(wiring),
            SpecValidateCommand.Create(wiring),
            SpecGetCommand.Create(wiring),
            SpecListCommand.Create(wiring),
            SpecDeleteCommand.Create(wiring),
            SpecSchemaCommand.Create(wiring),
        };
        wiring.Examples(command, "ewr spec validate -f specs/", "ewr spec apply -f specs/", "ewr spec list");
        return command;
    }
}
