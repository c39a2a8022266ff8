using System.CommandLine;
using System.Text;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Invoke;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Lambda.Composition;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr invoke --function task-state|api-change|resync|spec-change --event FILE</c>: a Lambda function's handler,
/// run here on an event file (samples in events/), against the backend the common options name. The function's
/// answer is printed; exit 2 when it rejected the event, 1 when a task could not be reconciled.
/// </summary>
internal static class InvokeCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var function = new Option<string>("--function") { Description = "Which function's handler to run.", Required = true, HelpName = "FUNCTION" };
        function.AcceptOnlyFromAmong([.. FunctionNames.All]);
        var eventFile = new Option<string>("--event") { Description = "The event, as the function would receive it (JSON file, or - for stdin).", Required = true, HelpName = "FILE" };
        var mode = new Option<string?>("--remediation-mode") { Description = "The stack-wide cap on remediation (default: EWR_REMEDIATION_MODE, else alert)." };
        mode.AcceptOnlyFromAmong("alert", "dry-run", "remediate");
        var timeout = new Option<int>("--timeout") { Description = "The invocation's deadline in seconds (the function's timeout).", DefaultValueFactory = _ => (int)LocalInvoker.DefaultTimeout.TotalSeconds };
        var command = new Command("invoke", "Run a Lambda function's handler locally on an event file, against the backend the common options name.")
        {
            function,
            eventFile,
            mode,
            timeout,
        };
        wiring.Bind(command, (context, parse, ct) =>
            RunAsync(context, parse.GetValue(function)!, parse.GetValue(eventFile)!, parse.GetValue(mode), TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string function, string eventFile, string? mode, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var settings = LocalInvoker.Settings(function, mode, context.Host.Environment);
        var body = Encoding.UTF8.GetBytes(ReadEvent(context.Host, eventFile));
        using var loggers = context.Settings.Verbose ? new StderrLoggerFactory(context.Host.Error, LogLevel.Debug) : (ILoggerFactory)NullLoggerFactory.Instance;
        var metrics = context.Settings.Verbose ? context.Host.Error : TextWriter.Null;
        var response = await new LocalInvoker(context.Host.Time)
            .InvokeAsync(settings, context.Backend.Ports, body, timeout, loggers, metrics, cancellationToken).ConfigureAwait(false);
        var answer = InvokeAnswer.Parse(response);
        switch (context.Format)
        {
            case OutputFormat.Json:
                context.Host.Out.WriteLine(answer.Json);
                break;
            case OutputFormat.Yaml:
                context.Host.Out.Write(JsonToYaml.Convert(answer.Json));
                break;
            default:
                context.Out.Write(answer.Table());
                break;
        }

        return answer.ExitCode(context.Host.Error, eventFile);
    }

    private static string ReadEvent(CliHost host, string path)
    {
        if (path == "-")
        {
            return host.In.ReadToEnd();
        }

        try
        {
            return host.Files.ReadText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}", "give the event as a JSON file; events/ has one sample per function");
        }
    }
}
