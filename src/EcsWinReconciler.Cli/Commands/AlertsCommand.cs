using System.CommandLine;
using EcsWinReconciler.Cli.Alerts;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Cli.Commands;

/// <summary><c>ewr alerts [--open] [--excepted]</c>: alerts by root cause, open ones first, oldest first; or what exceptions let pass.</summary>
internal static class AlertsCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var open = new Option<bool>("--open") { Description = "Only open alerts." };
        var excepted = new Option<bool>("--excepted") { Description = "Instead of alerts, the findings exceptions keep from alerting (one row per root, from the tasks' statuses)." };
        var command = new Command("alerts", "List alerts (one per root cause): state, severity, age, check, resource, affected tasks.") { open, excepted };
        wiring.Bind(command, CommandShape.OnAws(StackResources.State, [.. CommandShape.AllFormats]), (context, parse, ct) =>
            parse.GetValue(excepted) ? ExceptedAsync(context, ct) : RunAsync(context, parse.GetValue(open), ct));
        wiring.Examples(command,
            "ewr alerts --open",
            "ewr alerts --excepted      # what exceptions let pass, and until when",
            "ewr alerts -o wide          # with each alert's key",
            "ewr alerts -o json | jq -r '.[] | select(.state == \"open\") | .key'");
        return command;
    }

    private static async Task<int> ExceptedAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var statuses = await context.Backend.Ports.Status.ListAsync(null, null, cancellationToken).ConfigureAwait(false);
        var excepted = ExceptedFinding.From(statuses);
        if (context.WantsData)
        {
            context.WriteData<IReadOnlyList<ExceptedView>>([.. excepted.Select(ExceptedView.From)], CliJson.Default.IReadOnlyListExceptedView);
        }
        else if (excepted.Count == 0)
        {
            context.Host.Error.WriteLine("no excepted findings");
        }
        else
        {
            context.Write(ExceptedTable.Of(excepted));
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> RunAsync(CommandContext context, bool openOnly, CancellationToken cancellationToken)
    {
        var now = context.Host.Time.GetUtcNow();
        var alerts = (await context.Backend.Ports.Alerts.ListAsync(openOnly, cancellationToken).ConfigureAwait(false))
            .OrderBy(a => a.State == AlertState.Open ? 0 : 1)
            .ThenByDescending(a => a.Severity)
            .ThenBy(a => a.OpenedAt)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
        if (context.WantsData)
        {
            context.WriteData<IReadOnlyList<AlertView>>([.. alerts.Select(a => AlertViewMapper.ToView(a, now))], CliJson.Default.IReadOnlyListAlertView);
        }
        else if (alerts.Count == 0)
        {
            context.Host.Error.WriteLine(openOnly ? "no open alerts" : "no alerts");
        }
        else
        {
            context.Write(AlertTable.Of(alerts, now));
        }

        return ExitCodes.Ok;
    }
}
