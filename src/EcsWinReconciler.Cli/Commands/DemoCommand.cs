using System.CommandLine;
using System.Runtime.InteropServices;
using EcsWinReconciler.Cli.Demo;
using EcsWinReconciler.Cli.Hosting;
using Spectre.Console;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr demo</c>: the product end to end with no AWS account. Starts the sandbox in-process, applies the sample
/// specs, plays the scenarios' events through the Lambda handlers (dry run, then remediation), and prints the
/// findings, the plan, the actions and the alerts. <c>--keep-running</c> leaves the sandbox up afterwards.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var scenario = new Option<string>("--scenario")
        {
            Description = $"Scenarios to combine with '+' ({string.Join(", ", ScenarioCatalog.All.Select(s => s.Name))}).",
            DefaultValueFactory = _ => DemoScript.DefaultScenario,
            HelpName = "NAMES",
        };
        var keepRunning = new Option<bool>("--keep-running") { Description = "Leave the sandbox running afterwards, with its endpoint printed, until Ctrl+C." };
        var command = new Command("demo", "See the product work on a local AWS account (no AWS needed): drift found, dry run, remediation, alerts opened and resolved.")
        {
            scenario,
            keepRunning,
        };
        wiring.Examples(command,
            "ewr demo",
            "ewr demo --scenario rdp-open+dns-hostnames-off",
            "ewr demo --keep-running     # then paste the export lines it prints, and try ewr status, aws ecs list-tasks");
        wiring.Bind(command, CommandShape.Local(), (context, parse, ct) => RunAsync(context, parse.GetValue(scenario)!, parse.GetValue(keepRunning), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string scenario, bool keepRunning, CancellationToken cancellationToken)
    {
        if (ScenarioCatalog.All.Count == 0 || scenario.Split('+').Any(name => ScenarioCatalog.All.All(s => s.Name != name)))
        {
            throw new CliException($"unknown scenario in '{scenario}'", $"use names from: {string.Join(", ", ScenarioCatalog.All.Select(s => s.Name))}", ExitCodes.Usage);
        }

        var started = context.Host.Time.GetTimestamp();
        await using var session = await DemoSession.StartAsync(scenario, context.Host.Time, cancellationToken).ConfigureAwait(false);
        var narrator = new DemoNarrator(context);
        narrator.Header(session.Sandbox.Endpoint, scenario);
        await new DemoScript(session, narrator).RunAsync(cancellationToken).ConfigureAwait(false);
        context.Out.WriteLine($"Done in {context.Host.Time.GetElapsedTime(started).TotalSeconds:0.0} s.");

        if (keepRunning)
        {
            context.Out.WriteLine($"The sandbox keeps running at {session.Sandbox.Endpoint} (state: {session.Sandbox.Endpoint}_sandbox/state). Point the AWS CLI at it with --endpoint-url; Ctrl+C stops it.");
            await WaitForStopAsync(cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine("Stopping the sandbox.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Waits for Ctrl+C or SIGTERM (handled here, so the sandbox is disposed rather than the process killed).</summary>
    private static async Task WaitForStopAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop: the caller disposes the sandbox.
        }
    }
}
