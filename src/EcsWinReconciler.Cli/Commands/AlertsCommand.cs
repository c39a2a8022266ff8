using System.CommandLine;
using EcsWinReconciler.Cli.Alerts;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Cli.Commands;

/// <summary><c>ewr alerts [--open]</c>: alerts by root cause, open ones first, oldest first.</summary>
internal static class AlertsCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var open = new Option<bool>("--open") { Description = "Only open alerts." };
        var command = new Command("alerts", "List alerts (one per root cause): state, severity, age, check, resource, affected tasks.") { open };
        wiring.Bind(command, CommandShape.OnAws(StackResources.State, [.. CommandShape.AllFormats]), (context, parse, ct) => RunAsync(context, parse.GetValue(open), ct));
        wiring.Examples(command,
            "ewr alerts --open",
            "ewr alerts -o wide          # with each alert's key",
            "ewr alerts -o json | jq -r '.[] | select(.state == \"open\") | .key'");
        return command;
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
