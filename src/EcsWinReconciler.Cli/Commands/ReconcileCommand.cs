using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Places;
using EcsWinReconciler.Cli.Reconcile;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr reconcile --cluster C [--family F | --task ID|ARN] [--account A] [--task-region R] [--dry-run]</c>: the Lambdas' reconcile, now,
/// from here; in the hub's own account and region, or (--account / --task-region) in one place its specs select, with that place's
/// ports (a member's EC2 and ECS through its member role).
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
        var places = new PlaceOptions("the tasks");
        places.Account.Description = "Reconcile in this account (12 digits): a member the specs select with selector.account, through its member role (default: the hub's own).";
        places.Region.Description = "Reconcile in this region (selector.region; default: the one place the specs select in --account, else the hub's own; --region stays the region of the hub's tables).";
        var dryRun = new Option<bool>("--dry-run") { Description = "Change nothing anywhere: actions are only tried (EC2 DryRun); no status, alert or SNS message is written or sent." };
        var command = new Command("reconcile", "Observe, diff and repair (or alert on) the network of running tasks now, as the reconciler's Lambdas do.")
        {
            cluster,
            family,
            task,
            dryRun,
        };
        places.AddTo(command);
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
            "ewr reconcile --cluster win-prod --task 0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "ewr reconcile --cluster win-prod --account 444455556666 --task-region eu-west-1 --dry-run");
        wiring.Bind(command, CommandShape.OnAws(StackResources.All, CommandShape.Table, CommandShape.Wide, CommandShape.Json, CommandShape.Yaml), (context, parse, ct) =>
            RunAsync(context, new ReconcileScope(parse.GetValue(cluster)!, parse.GetValue(family), parse.GetValue(task)), places.Read(parse), parse.GetValue(dryRun), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, ReconcileScope scope, PlaceFilter filter, bool dryRun, CancellationToken cancellationToken)
    {
        // Without --account / --task-region: the hub's own place, over its own specs only (a member's spec selecting a cluster
        // of the same name must not judge the hub's tasks, nor tie with the hub's spec and leave them unjudged).
        var chosen = filter.IsAny ? null : await WatchedPlaces.OneAsync(context.Backend, filter, cancellationToken).ConfigureAwait(false);
        try
        {
            var ports = chosen?.Ports ?? await WatchedPlaces.HomePortsAsync(context.Backend, cancellationToken).ConfigureAwait(false);
            return await RunAsync(context, scope, chosen?.Place, ports, dryRun, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (chosen is { Member: true } && !cancellationToken.IsCancellationRequested && MemberAccess.Denied(chosen.Place, e) is { } denied)
        {
            throw denied;
        }
    }

    private static async Task<int> RunAsync(
        CommandContext context, ReconcileScope scope, AccountRegion? place, ReconcilerPorts ports, bool dryRun, CancellationToken cancellationToken)
    {
        var options = ReconcilerOptions.Default with { ForceDryRun = dryRun, ReadOnly = dryRun };
        var reconciler = new Reconciler(ports, options, context.Host.Time, context.Logger<Reconciler>());
        var runner = new ReconcileRunner(ports, reconciler, options.BatchSize);

        var targets = await runner.TargetsAsync(scope, cancellationToken).ConfigureAwait(false);
        var title = $"reconciling {scope}{(place is null ? string.Empty : $" in {place}")}{(dryRun ? " (dry run)" : string.Empty)}";
        context.LiveDisplay = context.Host.ErrorIsTerminal;
        var summary = await ReconcileProgress.TrackAsync(context.Progress, context.Host.ErrorIsTerminal, title, targets.Count,
            progress => runner.RunAsync(targets, progress, cancellationToken)).ConfigureAwait(false);
        context.LiveDisplay = false;

        var view = ReconcileReport.View(scope, dryRun, summary) with { Account = place?.Account, Region = place?.Region };
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
