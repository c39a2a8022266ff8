using System.CommandLine;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// Binds a command's work to System.CommandLine: attaches the common options that act on it, reads them, opens a
/// <see cref="CommandContext"/>, and turns whatever the work throws into a message and an exit code
/// (<see cref="ErrorReporter"/>). On a terminal, a slow AWS call shows a line saying what it waits for
/// (<see cref="SlowCallNotice"/>). Also keeps each command's examples for its help.
/// </summary>
internal sealed class CommandWiring(CliHost host, CommonOptions common)
{
    private readonly Dictionary<Command, IReadOnlyList<string>> _examples = [];

    public CliHost Host { get; } = host;

    public CommonOptions Common { get; } = common;

    public IReadOnlyDictionary<Command, IReadOnlyList<string>> AllExamples => _examples;

    /// <summary>Lines shown under "Examples:" in the command's help.</summary>
    public void Examples(Command command, params string[] lines) => _examples[command] = lines;

    public void Bind(Command command, CommandShape shape, Func<CommandContext, ParseResult, CancellationToken, Task<int>> work)
    {
        ArgumentNullException.ThrowIfNull(command);
        var output = Common.Attach(command, shape);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = Common.Read(parse, output);
            using var context = new CommandContext(Host, settings);
            using var watch = shape.Aws && Host.ErrorIsTerminal ? new HttpCallWatch(Host.Time) : null;
            await using var notice = watch is null ? null : new SlowCallNotice(Host.Error, watch, Host.Time, settings.ReadTimeout, () => context.LiveDisplay,
                Output.TerminalWidth.For(true, Host.Environment, Host.TerminalWidth) ?? Output.TerminalWidth.Fallback);
            try
            {
                return await work(context, parse, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                return ErrorReporter.Report(error, Host.Error, settings.Verbose, context.Endpoint, cancellationToken, settings.ReadTimeout, context.ErrorWidth);
            }
        });
    }
}
