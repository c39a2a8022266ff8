using System.CommandLine;
using EcsWinReconciler.Cli.Explain;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Places;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr explain TASK --cluster C [--check CHECK] [--all-hops]</c>: one task as the reconciler sees it now — the findings,
/// and the path to each DNS server and domain controller, hop by hop, with what allows or blocks it ("why can't my
/// container resolve the domain?"). Read-only: nothing is written, repaired or sent. Exit 1 when a path is blocked or a
/// finding stands, 2 when the task does not exist.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var task = new Argument<string>("TASK") { Description = "The task's id (as 'ewr status' prints it) or its ARN." };
        var cluster = new Option<string>("--cluster") { Description = "The task's ECS cluster (name or ARN).", Required = true, HelpName = "CLUSTER" };
        var check = new Option<string?>("--check") { Description = "Only the paths of this check: dns.path or ad.path.", HelpName = "CHECK" };
        check.AcceptOnlyFromAmong("dns.path", "ad.path");
        var allHops = new Option<bool>("--all-hops") { Description = "Every hop of every service, also of those that pass (by default a passing service is one line)." };
        var command = new Command("explain", "Explain one task: its findings and, hop by hop, its network path to each DNS server and domain controller. Changes nothing.")
        {
            task,
            cluster,
            check,
            allHops,
        };
        wiring.Examples(command,
            "ewr explain 0a1b2c3d4e5f60718293a4b5c6d7e8f9 --cluster win-prod",
            "ewr explain 0a1b2c3d4e5f60718293a4b5c6d7e8f9 --cluster win-prod --check dns.path --all-hops",
            "ewr explain arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a1b2c3d4e5f60718293a4b5c6d7e8f9 --cluster win-prod -o json");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs | StackResources.State, CommandShape.Table, CommandShape.Json, CommandShape.Yaml), (context, parse, ct) =>
            RunAsync(context, parse.GetValue(cluster)!, parse.GetValue(task)!, parse.GetValue(check), parse.GetValue(allHops), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string cluster, string taskIdOrArn, string? check, bool allHops, CancellationToken cancellationToken)
    {
        // The task's own place: a member's task (by ARN) through its role, the hub's by the hub's own specs only.
        var ports = await WatchedPlaces.PortsOfTaskAsync(context.Backend, taskIdOrArn, cancellationToken).ConfigureAwait(false);
        var found = await ports.Tasks.DescribeTasksAsync(cluster, [taskIdOrArn], cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            throw new CliException(
                $"task {taskIdOrArn} was not found in cluster {cluster}",
                "give a task id or ARN that 'ewr status' or 'aws ecs list-tasks' shows; ECS forgets a stopped task about an hour after it stopped",
                ExitCodes.Usage);
        }

        var options = ReconcilerOptions.Default with { ForceDryRun = true, ReadOnly = true };
        var reconciler = new Reconciler(ports, options, context.Host.Time, context.Logger<Reconciler>());
        var explanation = await reconciler.ExplainAsync(new ReconcileTarget(cluster, found[0].TaskArn, found[0]), cancellationToken).ConfigureAwait(false);
        if (check is not null)
        {
            explanation = explanation with { Paths = [.. explanation.Paths.Where(p => p.Check == check)] };
        }

        if (context.WantsData)
        {
            context.WriteData(ExplanationView.Of(explanation), CliJson.Default.ExplanationView);
        }
        else
        {
            foreach (var line in ExplanationLines.Of(explanation, allHops))
            {
                context.Say(line.Text, line.Hang, ExplanationLines.Style(line.Tone));
            }
        }

        var blocked = explanation.Error is not null || explanation.Paths.Any(p => !p.Passes) || explanation.Verdict?.Findings.Count > 0;
        return blocked ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
