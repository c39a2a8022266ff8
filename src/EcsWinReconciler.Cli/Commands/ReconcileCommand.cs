using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Reconcile;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr reconcile --cluster C [--family F | --task ID|ARN] [--dry-run]</c>: the Lambdas' reconcile, now, from here.
/// Exit 1 when drift remains (or a task could not be reconciled), 2 when the task named does not exist. A dry run writes and
/// sends nothing: no status, no alert, no ledger entry, no SNS message; actions are only tried (EC2 DryRun).
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var cluster = new Option<string>("--cluster") { Description = "The ECS cluster (name or ARN).", Required = true, HelpName = "CLUSTER" };
        var family = new Option<string?>("--family") { Description = "Only the running tasks of this task-definition family.", HelpName = "FAMILY" };
        var task = new Option<string?>("--task") { Description = "Only this task (its id, as 'ewr status' prints it, or its ARN).", HelpName = "ID|ARN" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Change nothing anywhere: actions are only tried (EC2 DryRun); no status, alert or SNS message is written or sent." };
        var command = new Command("reconcile", "Observe, diff and repair (or alert on) the network of running tasks now, as the reconciler's Lambdas do.")
        {
            cluster,
            family,
            task,
            dryRun,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(family) is not null && result.GetValue(task) is not null)
            {
                result.AddError("--family and --task cannot be combined: give one task, or one family, or neither for the whole cluster");
            }
        });
        wiring.Examples(command,
            "ewr reconcile --cluster win-prod --dry-run",
            "ewr reconcile --cluster win-prod --family iis-webserver",
            "ewr reconcile --cluster win-prod --task 0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        wiring.Bind(command, CommandShape.OnAws(StackResources.All, CommandShape.Table, CommandShape.Wide, CommandShape.Json, CommandShape.Yaml), (context, parse, ct) =>
            RunAsync(context, new ReconcileScope(parse.GetValue(cluster)!, parse.GetValue(family), parse.GetValue(task)), parse.GetValue(dryRun), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, ReconcileScope scope, bool dryRun, CancellationToken cancellationToken)
    {
        var ports = context.Backend.Ports;
        var options = ReconcilerOptions.Default with { ForceDryRun = dryRun, ReadOnly = dryRun };
        var reconciler = new Reconciler(ports, options, context.Host.Time, context.Logger<Reconciler>());
        var runner = new ReconcileRunner(ports, reconciler, options.BatchSize);

        var targets = await runner.TargetsAsync(scope, cancellationToken).ConfigureAwait(false);
        var title = $"reconciling {scope}{(dryRun ? " (dry run)" : string.Empty)}";
        context.LiveDisplay = context.Host.ErrorIsTerminal;
        var summary = await ReconcileProgress.TrackAsync(context.Progress, context.Host.ErrorIsTerminal, title, targets.Count,
            progress => runner.RunAsync(targets, progress, cancellationToken)).ConfigureAwait(false);
        context.LiveDisplay = false;

        var view = ReconcileReport.View(scope, dryRun, summary);
        if (context.WantsData)
        {
            context.WriteData(view, CliJson.Default.ReconcileView);
        }
        else
        {
            ReconcileSummaryTable.Write(context, view, summary);
        }

        return view.DriftRemains ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
