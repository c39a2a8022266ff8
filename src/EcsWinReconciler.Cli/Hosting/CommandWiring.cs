using System.CommandLine;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// Binds a command's work to System.CommandLine: reads the common options, opens a <see cref="CommandContext"/>,
/// and turns whatever the work throws into a message and an exit code (<see cref="ErrorReporter"/>).
/// </summary>
internal sealed class CommandWiring(CliHost host, CommonOptions common)
{
    public CliHost Host { get; } = host;

    public void Bind(Command command, Func<CommandContext, ParseResult, CancellationToken, Task<int>> work)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = common.Read(parse);
            using var context = new CommandContext(Host, settings);
            try
            {
                return await work(context, parse, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                return ErrorReporter.Report(error, Host.Error, settings.Verbose, settings.EndpointUrl);
            }
        });
    }
}
