using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary>
/// <c>ewr spec schema</c>: the JSON Schema of a spec document, for editors, e.g. save it and put
/// <c># yaml-language-server: $schema=./tasknetworkspec.schema.json</c> at the top of spec files.
/// </summary>
internal static class SpecSchemaCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var command = new Command("schema", "Print the JSON Schema of TaskNetworkSpec documents (for editors and the YAML language server).");
        wiring.Examples(command, "ewr spec schema > tasknetworkspec.schema.json");
        wiring.Bind(command, CommandShape.Local(CommandShape.Json, CommandShape.Yaml), (context, _, _) =>
        {
            var schema = SpecSchema.Generate();
            context.Host.Out.Write(context.Format == OutputFormat.Yaml ? JsonToYaml.Convert(schema) : schema);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
