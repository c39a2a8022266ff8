using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli.Commands.Except;

/// <summary><c>ewr except …</c>: approved deviations, stored in the spec with who and when, and lapsing on their date.</summary>
internal static class ExceptCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var command = new Command("except", "Approve a deviation until a date: its findings stay in status but neither alert nor remediate.")
        {
            ExceptAddCommand.Create(wiring),
            ExceptListCommand.Create(wiring),
            ExceptRemoveCommand.Create(wiring),
        };
        wiring.Examples(
            command,
            "ewr except add iis-webserver --check sg.forbidden-ingress --resource sg-0123456789abcdef0 --reason \"RDP from the bastion until the migration\" --expires 2027-01-31 --ticket CHG-4711",
            "ewr except list",
            "ewr except remove iis-webserver --check sg.forbidden-ingress --resource sg-0123456789abcdef0");
        return command;
    }

    /// <summary>--check, as add and remove take it.</summary>
    public static Option<string> CheckOption() => new("--check")
    {
        Description = "The check id whose findings are excepted (e.g. sg.forbidden-ingress, dns.servers).",
        Required = true,
        HelpName = "CHECK",
    };

    /// <summary>--resource, as add and remove take it.</summary>
    public static Option<string> ResourceOption() => new("--resource")
    {
        Description = "The root the findings are rooted at: sg-… (or sg-…/sgr-…), vpc-…, dopt-…, acl-…, rtb-…, subnet-…, i-…, a service name or ARN, a task id or ARN.",
        Required = true,
        HelpName = "ID",
    };

    public static Argument<string> SpecArgument() => new("SPEC") { Description = "The spec's metadata.name." };
}
