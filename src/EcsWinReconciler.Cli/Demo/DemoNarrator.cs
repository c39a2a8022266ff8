using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Core.Specs;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>Prints what happened as a person wants to read it: findings per task, the plan and actions, the alerts.</summary>
internal sealed class DemoNarrator(CommandContext context)
{
    private readonly IAnsiConsole _console = context.Out;

    public void Header(Uri endpoint, string scenario, bool inDynamoDb)
    {
        Heading("EcsWinReconciler demo");
        var services = inDynamoDb ? "EC2, ECS, SNS and DynamoDB" : "EC2, ECS and SNS";
        context.Say($"A local AWS account on {endpoint} ({services} wire protocols; loopback only).");
        var stores = inDynamoDb ? "Specs and state are in DynamoDB tables created as template.yaml declares them" : "Specs and state are kept in memory";
        context.Say($"Scenarios: {scenario}. {stores}; the Lambda functions' own handlers run here.");
        context.Say(string.Empty);
    }

    /// <summary>The lines to paste, and what to try then.</summary>
    public void KeptRunning(Uri endpoint, Aws.DynamoDb.DynamoTableNames tables)
    {
        Heading("The local account keeps running");
        context.Verbatim("Paste these lines into another shell:");
        context.Verbatim(string.Empty);
        foreach (var line in DemoExports.Lines(endpoint, tables, Sandbox.Scenarios.ScenarioIds.TopicArn))
        {
            context.Verbatim(line);
        }

        context.Verbatim(string.Empty);
        context.Verbatim("then try:");
        foreach (var line in DemoExports.Tries(Sandbox.Scenarios.ScenarioIds.ClusterName))
        {
            context.Verbatim($"  {line}");
        }

        context.Verbatim(string.Empty);
        context.Say($"The sandbox's own view: {endpoint}_sandbox/state. Ctrl+C stops it all.");
    }

    public void Specs(IReadOnlyList<TaskNetworkSpec> specs)
    {
        _console.MarkupLine("[bold]Specs applied[/]");
        foreach (var spec in specs)
        {
            var remediation = spec.Spec.Remediation;
            context.Say(
                $"  {spec.Name,-18} selects {spec.Spec.Selector}  (remediation: security groups {Mode(remediation.SecurityGroups)}, eni {Mode(remediation.Eni)}, dns {Mode(remediation.Dns)})",
                hang: 21);
        }

        _console.WriteLine();
    }

    /// <summary>Starts an act; the mark lets it print only what it added to the ledger and the topic.</summary>
    public async Task<Mark> ActAsync(DemoSession session, string title, string subtitle, CancellationToken cancellationToken)
    {
        Heading(title);
        context.Say(subtitle, style: CellStyle.Dim);
        var ledger = await session.Ledger.ListAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
        return new Mark(ledger.Count, session.Sandbox.Admin.PublishedMessages().Count);
    }

    public void EventsPlayed(int count) => _console.MarkupLineInterpolated($"  {count} ECS Task State Change event(s) handled.");

    /// <summary>The tasks and their findings, as 'ewr status' prints them.</summary>
    public async Task TasksAsync(DemoSession session, CancellationToken cancellationToken)
    {
        var rows = await new StatusQuery(session.Status, session.Specs).ListAsync(null, null, cancellationToken).ConfigureAwait(false);
        context.Write(StatusTable.Tasks(rows));
        var findings = rows.SelectMany(r => r.Status.Findings.Select(f => (r.Status.TaskArn, f))).ToList();
        if (findings.Count > 0)
        {
            _console.WriteLine();
            context.Write(FindingsTable.Of(findings, preview: false));
        }
    }

    public async Task ActionsSinceAsync(DemoSession session, Mark mark, CancellationToken cancellationToken)
    {
        // One line per change: every task that planned the same change (a shared rule, one service) is counted on it.
        var entries = (await session.Ledger.ListAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false)).Skip(mark.Ledger)
            .GroupBy(e => (e.ActionKey, e.DryRun)).ToList();
        _console.MarkupLine(entries.Count == 0 ? "  [bold]Plan:[/] nothing to do." : "  [bold]Plan and actions:[/]");
        foreach (var change in entries)
        {
            var entry = change.First();
            var what = entry.DryRun ? $"would {entry.Description}" : entry.Description;
            var tasks = change.SelectMany(e => e.Tasks).Distinct(StringComparer.Ordinal).Count();
            context.Say($"    {(entry.DryRun ? "DRY-RUN" : entry.Result.ToString().ToUpperInvariant()),-12} {what}  (for {tasks} task(s))", hang: 17);
        }
    }

    public void MessagesSince(DemoSession session, Mark mark)
    {
        var messages = session.Sandbox.Admin.PublishedMessages().Skip(mark.Messages).ToList();
        _console.MarkupLine(messages.Count == 0 ? "  [bold]SNS:[/] no message." : "  [bold]SNS messages:[/]");
        foreach (var message in messages)
        {
            context.Say($"    {message.Subject}", hang: 6);
        }

        _console.WriteLine();
    }

    /// <summary>What 'ewr explain' prints for one task, indented under the act.</summary>
    public void Explanation(Core.Reconciliation.TaskExplanation explanation)
    {
        context.Say("  The dns.servers alert also told them: a Windows task takes the DNS servers its host's ECS agent saw at its start, so restart the agent on each host (Restart-Service AmazonECS) for tasks to use the domain controllers.", hang: 2);
        _console.WriteLine();
        _console.MarkupLine("  [bold]ewr explain[/] (its DNS paths):");
        foreach (var line in Explain.ExplanationLines.Of(explanation, allHops: false))
        {
            context.Say(line.Text.Length == 0 ? string.Empty : "    " + line.Text, line.Hang + 4, Explain.ExplanationLines.Style(line.Tone));
        }

        _console.WriteLine();
    }

    public async Task SummaryAsync(DemoSession session, CancellationToken cancellationToken)
    {
        Heading("Left for people");
        var open = await session.Ports.Alerts.ListAsync(openOnly: true, cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            context.Say("  Nothing: every alert opened was resolved, each by a repair or a person's fix the reconciler saw.");
        }

        foreach (var alert in open)
        {
            context.Say($"  OPEN {alert.Severity.ToString().ToLowerInvariant()} {alert.Check} on {alert.ResourceId} ({alert.AffectedTasks.Count} task(s))", hang: 4);
            context.Say($"    {alert.Message}", hang: 4, style: CellStyle.Dim);
        }

        var all = await session.Ports.Alerts.ListAsync(openOnly: false, cancellationToken).ConfigureAwait(false);
        var ledger = await session.Ledger.ListAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
        _console.WriteLine();
        context.Say(
            $"Totals: {all.Count} alert(s) opened, {all.Count - open.Count} resolved, {open.Count} open; {ledger.Count(e => e.DryRun)} dry-run action(s), {ledger.Count(e => !e.DryRun)} applied; {session.Sandbox.Admin.PublishedMessages().Count} SNS message(s).",
            hang: 8);
    }

    // Every heading is as wide as the terminal (80 at most), whatever its title.
    private void Heading(string title)
    {
        var width = Math.Min(context.Width ?? 80, 80);
        var text = $"== {title} ";
        _console.WriteLine();
        _console.MarkupLineInterpolated($"[bold]{text.PadRight(Math.Max(width, text.Length + 2), '=')}[/]");
    }

    private static string Mode(RemediationMode mode) => mode switch
    {
        RemediationMode.DryRun => "dry-run",
        RemediationMode.ReplaceTask => "replace-task",
        _ => mode.ToString().ToLowerInvariant(),
    };

    /// <summary>Where an act started: the ledger and SNS counts before it.</summary>
    public sealed record Mark(int Ledger, int Messages);
}
