using System.CommandLine;
using System.Text;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Invoke;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Specs;
using EcsWinReconciler.Lambda.Composition;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr invoke --function task-state|api-change|resync|spec-change --event FILE</c>: a Lambda function's handler,
/// run here on an event file (samples in events/), against the backend the common options name. Like
/// <c>sam local invoke</c>, the function's JSON answer goes to stdout and its logs to stderr; a rejected event prints
/// only the reason, and exits 2; exit 1 when a task could not be reconciled.
/// </summary>
internal static class InvokeCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var function = new Option<string>("--function")
        {
            Description = $"Which function's handler to run: {string.Join(", ", FunctionNames.All)}.",
            Required = true,
            HelpName = string.Join('|', FunctionNames.All),
        };
        function.AcceptOnlyFromAmong([.. FunctionNames.All]);
        var eventFile = new Option<string>("--event") { Description = "The event, as the function would receive it (JSON file, or - for stdin).", Required = true, HelpName = "FILE" };
        var mode = new Option<string?>("--remediation-mode") { Description = "The stack-wide cap on remediation: alert, dry-run or remediate (default: EWR_REMEDIATION_MODE, else alert).", HelpName = "MODE" };
        mode.AcceptOnlyFromAmong("alert", "dry-run", "remediate");
        var timeout = new Option<int>("--timeout")
        {
            Description = "The invocation's deadline in seconds (the function's timeout).",
            DefaultValueFactory = _ => (int)LocalInvoker.DefaultTimeout.TotalSeconds,
            HelpName = "SECONDS",
        };
        var command = new Command("invoke", "Run a Lambda function's handler locally on an event file, against the backend the common options name; its JSON answer on stdout, its logs on stderr.")
        {
            function,
            eventFile,
            mode,
            timeout,
        };
        wiring.Examples(command,
            "ewr invoke --function resync --event events/resync-schedule.json",
            "ewr invoke --function task-state --event events/task-state-running.json --remediation-mode dry-run | jq .findings");
        wiring.Bind(command, CommandShape.OnAws(StackResources.All, CommandShape.Json, CommandShape.Yaml), (context, parse, ct) =>
            RunAsync(context, parse.GetValue(function)!, parse.GetValue(eventFile)!, parse.GetValue(mode), TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string function, string eventFile, string? mode, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var settings = LocalInvoker.Settings(function, mode, context.Host.Environment);
        var body = Encoding.UTF8.GetBytes(ReadEvent(context.Host, eventFile));
        // As Lambda's log stream: the function's own log lines (debug ones too with --verbose), and its metrics with --verbose.
        // Held until the answer is in: for a rejected event the reason alone is printed (the log would only repeat it).
        using var log = new StringWriter { NewLine = "\n" };
        using var loggers = new StderrLoggerFactory(log, context.Settings.Verbose ? LogLevel.Debug : LogLevel.Information);
        var metrics = context.Settings.Verbose ? log : TextWriter.Null;
        InvokeAnswer answer;
        try
        {
            var response = await new LocalInvoker(context.Host.Time)
                .InvokeAsync(settings, context.Backend.FunctionPorts, body, timeout, loggers, metrics, cancellationToken).ConfigureAwait(false);
            answer = InvokeAnswer.Parse(response);
        }
        catch
        {
            context.Host.Error.Write(log.ToString());
            throw;
        }

        if (answer.Rejected)
        {
            context.Host.Error.Write(context.Settings.Verbose ? log.ToString() : string.Empty);
            ErrorReporter.Line(context.Host.Error, "error: ", $"the function rejected {(eventFile == "-" ? "the event on stdin" : eventFile)}: {answer.Reason}", context.ErrorWidth);
            return answer.ExitCode;
        }

        context.Host.Error.Write(log.ToString());

        context.Host.Out.Write(context.Format == OutputFormat.Yaml ? JsonToYaml.Convert(answer.Json) : answer.Json + "\n");
        return answer.ExitCode;
    }

    private static string ReadEvent(CliHost host, string path)
    {
        const string Hint = "give the event as a JSON file; events/ has one sample per function";
        if (path == "-")
        {
            return host.In.ReadToEnd();
        }

        return host.Files.KindOf(path) switch
        {
            InputPathKind.Directory => throw new CliException($"{path} is a directory; --event takes one JSON file", Hint),
            InputPathKind.Missing => throw new CliException($"{path}: no such file", Hint),
            _ => InputFiles.Read(host.Files, path, Hint),
        };
    }
}
