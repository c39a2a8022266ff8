using System.CommandLine;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Setup;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr setup [--dry-run]</c>: creates the Specs and State tables exactly as template.yaml declares them (keys,
/// indexes, stream, encryption, TTL, point-in-time recovery), for LocalStack, moto, dynalite or a test account.
/// Idempotent: a table that exists is left alone and compared with the declaration (exit 1 when it differs).
/// --dry-run prints the tables and touches nothing, AWS included.
/// </summary>
internal static class SetupCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the tables that would be created; call no AWS API." };
        var command = new Command("setup", "Create the Specs and State tables as template.yaml declares them (for LocalStack, moto, dynalite or a test account); idempotent.")
        {
            dryRun,
        };
        wiring.Examples(command,
            "ewr setup --dry-run",
            "ewr setup --endpoint-url http://127.0.0.1:4566 --region us-east-1",
            "ewr setup --specs-table dev-Specs --state-table dev-State --profile sandbox");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs | StackResources.State, CommandShape.Table, CommandShape.Json, CommandShape.Yaml),
            (context, parse, ct) => RunAsync(context, parse.GetValue(dryRun), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, bool dryRun, CancellationToken cancellationToken)
    {
        var tables = TableDeclaration.For(context.Host.Backends.TablesFor(context.Settings.Backend));
        var results = new TableSetupResult?[tables.Count];
        if (!dryRun)
        {
            var created = await context.Backend.CreateTablesAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < created.Count; i++)
            {
                results[i] = created[i];
            }
        }

        var view = new SetupView(dryRun, [.. tables.Select((t, i) => TableSetupOutput.View(t, results[i]))]);
        if (context.WantsData)
        {
            context.WriteData(view, CliJson.Default.SetupView);
        }
        else
        {
            foreach (var line in view.Tables.SelectMany(t => TableSetupOutput.Text(t, dryRun)))
            {
                Prose.Write(context.Host.Out, line, TableSetupOutput.ValueColumn, context.Width);
            }

            if (!dryRun)
            {
                context.Host.Out.Write($"\newr finds them with:\n  export EWR_SPECS_TABLE={tables[0].TableName}\n  export EWR_STATE_TABLE={tables[1].TableName}\n");
            }
        }

        return view.Tables.Any(t => t.Differences.Count > 0) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
