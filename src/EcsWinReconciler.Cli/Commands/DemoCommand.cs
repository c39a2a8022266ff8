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
/// findings, the plan, the actions and the alerts. <c>--keep-running</c> leaves the whole account up afterwards — EC2,
/// ECS, SNS and DynamoDB on one endpoint — with the tables created and the export lines printed. DynamoDB is dynalite,
/// started and stopped here: a faithful DynamoDB (conditions, update expressions, indexes) the repository already pins
/// and CI already installs, where an in-process one would be a second DynamoDB to keep honest for the demo alone.
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
        var keepRunning = new Option<bool>("--keep-running")
        {
            Description = "Keep the local account running afterwards, DynamoDB included (dynalite, from 'npm ci'), and print the export lines that point ewr and the AWS CLI at it; Ctrl+C stops it.",
        };
        var port = new Option<int>("--port") { Description = "The port of the local account's endpoint (default: a free one).", HelpName = "PORT" };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535 (or 0 for a free one)");
            }
        });
        var command = new Command("demo", "See the product work on a local AWS account (no AWS needed): drift found, dry run, remediation, alerts opened and resolved.")
        {
            scenario,
            keepRunning,
            port,
        };
        wiring.Examples(command,
            "ewr demo",
            "ewr demo --scenario rdp-open+dns-hostnames-off",
            "ewr demo --keep-running     # then paste the export lines it prints, and try ewr status, aws ecs list-tasks");
        wiring.Bind(command, CommandShape.Local(), (context, parse, ct) => RunAsync(context, parse.GetValue(scenario)!, parse.GetValue(keepRunning), parse.GetValue(port), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string scenario, bool keepRunning, int port, CancellationToken cancellationToken)
    {
        if (ScenarioCatalog.All.Count == 0 || scenario.Split('+').Any(name => ScenarioCatalog.All.All(s => s.Name != name)))
        {
            throw new CliException($"unknown scenario in '{scenario}'", $"use names from: {string.Join(", ", ScenarioCatalog.All.Select(s => s.Name))}", ExitCodes.Usage);
        }

        var started = context.Host.Time.GetTimestamp();
        await using var dynalite = keepRunning ? await StartDynaliteAsync(context, cancellationToken).ConfigureAwait(false) : null;
        await using var session = await DemoSession.StartAsync(scenario, context.Host.Time, dynalite?.Endpoint, port, cancellationToken).ConfigureAwait(false);
        var narrator = new DemoNarrator(context);
        narrator.Header(session.Sandbox.Endpoint, scenario, dynalite is not null);
        await new DemoScript(session, narrator, scenario).RunAsync(cancellationToken).ConfigureAwait(false);
        context.Out.WriteLine($"Done in {context.Host.Time.GetElapsedTime(started).TotalSeconds:0.0} s.");

        if (keepRunning)
        {
            narrator.KeptRunning(session.Sandbox.Endpoint, DemoSession.Tables);
            await WaitForStopAsync(cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine("Stopping the sandbox and dynalite.");
        }

        return ExitCodes.Ok;
    }

    private static Task<DynaliteProcess> StartDynaliteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var directory = DynaliteLocator.Find(context.Host.Environment, [Directory.GetCurrentDirectory(), AppContext.BaseDirectory], File.Exists);
        return DynaliteProcess.StartAsync(directory, cancellationToken);
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
