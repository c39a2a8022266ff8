using System.CommandLine;
using EcsWinReconciler.Cli.Exceptions;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;

namespace EcsWinReconciler.Cli.Commands.Except;

/// <summary>
/// <c>ewr except add SPEC --check --resource --reason --expires [--ticket] [--by]</c>: adds (or renews) an exception in the
/// stored spec, with who and when, at the generation just read.
/// </summary>
internal static class ExceptAddCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var spec = ExceptCommand.SpecArgument();
        var check = ExceptCommand.CheckOption();
        var resource = ExceptCommand.ResourceOption();
        var reason = new Option<string>("--reason") { Description = "Why the deviation is approved, in words (shown in status and alerts).", Required = true, HelpName = "TEXT" };
        var expires = new Option<string>("--expires")
        {
            Description = $"When it lapses: a date (until the end of that day, UTC) or a timestamp with its offset; at most {SpecDays()} days ahead ({ExceptionLimits.Variable}).",
            Required = true,
            HelpName = "DATE",
        };
        var ticket = new Option<string?>("--ticket") { Description = "The change or risk ticket that approved it (e.g. CHG-4711).", HelpName = "ID" };
        var by = new Option<string?>("--by") { Description = "Who adds it (default: the caller's ARN, from STS GetCallerIdentity).", HelpName = "WHO" };
        var command = new Command("add", "Except a check's findings on one root until a date: they stay in status but neither alert nor remediate.")
        {
            spec, check, resource, reason, expires, ticket, by,
        };
        wiring.Examples(command, "ewr except add iis-webserver --check sg.forbidden-ingress --resource sg-0123456789abcdef0 --reason \"RDP from the bastion until the migration\" --expires 2027-01-31 --ticket CHG-4711");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs, CommandShape.Table, CommandShape.Json, CommandShape.Yaml), async (context, parse, ct) => await RunAsync(
            context,
            parse.GetValue(spec)!,
            new ExceptionRequest(
                parse.GetValue(check)!, parse.GetValue(resource)!, parse.GetValue(reason)!, parse.GetValue(expires)!, parse.GetValue(ticket),
                await WhoAsync(context, parse.GetValue(by), ct).ConfigureAwait(false)),
            ct).ConfigureAwait(false));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string specName, ExceptionRequest request, CancellationToken cancellationToken)
    {
        var options = ExceptionLimits.ReadOptions(context.Host);
        var (stored, entry, renewed) = await new ExceptionEditor(context.Backend.Ports.Specs, options).AddAsync(specName, request, cancellationToken).ConfigureAwait(false);
        if (context.WantsData)
        {
            context.WriteData(ExceptionView.From(stored, entry, options.Now!.Value), CliJson.Default.ExceptionView);
            return ExitCodes.Ok;
        }

        context.Say($"spec/{stored.Name}: {entry.Check} on {entry.Resource} excepted until {entry.Expires} ({(renewed ? "renewed" : "added")} by {entry.AddedBy}; generation {stored.Generation})", hang: 2);
        context.Say("its findings stay in status but neither alert nor remediate; an open alert for it resolves as excepted at the next look", hang: 2);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Who added it: --by when given (someone approving on another's behalf), else the caller's ARN from STS
    /// GetCallerIdentity (no permission needed), the same identity CloudTrail records for the write.
    /// </summary>
    private static async Task<string> WhoAsync(CommandContext context, string? by, CancellationToken cancellationToken)
    {
        if (by is { Length: > 0 })
        {
            return by;
        }

        try
        {
            return await context.Backend.CallerArnAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Core.Ports.AdapterException e)
        {
            throw new CliException($"who is adding the exception is not known: STS GetCallerIdentity failed ({e.Message})", "pass --by NAME, or fix the credentials", ExitCodes.Aws);
        }
    }

    private static string SpecDays() => Core.Specs.SpecReadOptions.DefaultMaxExceptionDuration.TotalDays.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
