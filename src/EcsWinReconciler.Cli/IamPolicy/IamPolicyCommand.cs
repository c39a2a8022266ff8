using System.CommandLine;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Cli.IamPolicy;

/// <summary>
/// <c>ewr iam-policy [COMMAND] [--account ID] [--cluster ARN]…</c>: the least IAM policy a person needs to run an
/// <c>ewr</c> command (or every command, as one JSON object keyed by command), derived from the same declarations as
/// the functions' roles. Tables, topic and region come from the common options or the EWR_* variables; nothing is
/// sent to AWS.
/// </summary>
internal static class IamPolicyCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var name = new Argument<string?>("COMMAND") { Description = "An ewr command, e.g. \"status\" or \"spec apply\" (quote it); none: every command.", Arity = ArgumentArity.ZeroOrOne };
        var account = new Option<string?>("--account") { Description = "The AWS account id in the ARNs (default: *).", HelpName = "ID" };
        var clusters = new Option<string[]>("--cluster") { Description = "Limit ECS calls to these cluster ARNs (repeat it); default: any cluster.", HelpName = "ARN" };
        var command = new Command("iam-policy", "Print the least IAM policy a person needs for each ewr command, derived from the adapters' IAM declarations.")
        {
            name,
            account,
            clusters,
        };
        // The region, table and topic options name the resources in the ARNs (no call is made).
        wiring.Bind(command, CommandShape.OnAws(StackResources.All), (context, parse, _) => Task.FromResult(Run(context, parse.GetValue(name), Target(context, parse.GetValue(account), parse.GetValue(clusters) ?? []))));
        wiring.Examples(command,
            "ewr iam-policy status --region eu-west-1 --account 111122223333",
            "ewr iam-policy \"spec apply\" --specs-table ewr-Specs",
            "ewr iam-policy reconcile --cluster arn:aws:ecs:eu-west-1:111122223333:cluster/win-prod > reconcile-policy.json");
        return command;
    }

    private static int Run(CommandContext context, string? command, PolicyTarget target)
    {
        if (command is null)
        {
            var all = CommandDeclarations.All.Select(c => $"  \"{c.Command}\": {Indent(IamPolicyDocument.Render(c.Grants, target))}");
            context.Host.Out.Write("{\n" + string.Join(",\n", all) + "\n}\n");
            return ExitCodes.Ok;
        }

        if (CommandDeclarations.Local.Contains(command.Trim(), StringComparer.Ordinal))
        {
            context.Host.Error.WriteLine($"ewr {command.Trim()} calls no AWS API: it needs no IAM policy");
            return ExitCodes.Ok;
        }

        var declared = CommandDeclarations.Find(command)
            ?? throw new CliException($"\"{command}\" is not an ewr command that calls AWS",
                $"one of: {string.Join(", ", CommandDeclarations.All.Select(c => c.Command))} (or no argument for all of them)");
        context.Host.Out.Write(IamPolicyDocument.Render(declared.Grants, target) + "\n");
        return ExitCodes.Ok;
    }

    private static PolicyTarget Target(CommandContext context, string? account, IReadOnlyList<string> clusters)
    {
        if (account is not null && (account.Length != 12 || !account.All(char.IsAsciiDigit)))
        {
            throw new CliException($"--account must be a 12-digit AWS account id, not \"{account}\"", "e.g. --account 111122223333, or leave it out for *");
        }

        if (clusters.FirstOrDefault(c => !c.StartsWith("arn:", StringComparison.Ordinal) || !c.Contains(":cluster/", StringComparison.Ordinal)) is { } bad)
        {
            throw new CliException($"--cluster must be a cluster ARN, not \"{bad}\"", "e.g. --cluster arn:aws:ecs:eu-west-1:111122223333:cluster/win-prod (ecs:cluster conditions compare ARNs)");
        }

        var settings = context.Settings;
        var environment = context.Host.Environment;
        var defaults = ReconcilerDeployment.Default.Tables;
        return new PolicyTarget(
            settings.Region ?? environment("AWS_REGION") ?? environment("AWS_DEFAULT_REGION") ?? "*",
            account ?? "*",
            settings.SpecsTable ?? environment(EnvironmentVariables.SpecsTable) ?? defaults.Specs,
            settings.StateTable ?? environment(EnvironmentVariables.StateTable) ?? defaults.State,
            settings.AlertTopicArn ?? environment(EnvironmentVariables.AlertTopicArn),
            clusters)
        {
            MemberRoleName = environment(EnvironmentVariables.MemberRoleName) is { Length: > 0 } role ? role : Aws.Members.MemberRoleSettings.DefaultRoleName,
        };
    }

    private static string Indent(string json) => json.Replace("\n", "\n  ", StringComparison.Ordinal);
}
