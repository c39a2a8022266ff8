using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary><c>ewr spec …</c>: declare, inspect and remove TaskNetworkSpecs.</summary>
internal static class SpecCommand
{
    public static Command Create(CommandWiring wiring) => new("spec", "Declare the network Windows tasks must have (TaskNetworkSpec documents), and inspect what is stored.")
    {
        SpecApplyCommand.Create(wiring),
        SpecDiffCommand.Create(wiring),
        SpecValidateCommand.Create(wiring),
        SpecGetCommand.Create(wiring),
        SpecListCommand.Create(wiring),
        SpecDeleteCommand.Create(wiring),
        SpecSchemaCommand.Create(wiring),
    };
}
