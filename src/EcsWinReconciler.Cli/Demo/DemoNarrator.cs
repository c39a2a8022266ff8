using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>Prints what happened as a person wants to read it: findings per task, the plan and actions, the alerts.</summary>
internal sealed class DemoNarrator(IAnsiConsole console)
{
    public void Header(Uri endpoint, string scenario)
    {
        Heading("EcsWinReconciler demo");
        console.MarkupLineInterpolated($"A local AWS account on [bold]{endpoint}[/] (EC2, ECS, SNS wire protocols; loopback only).");
        console.MarkupLineInterpolated($"Scenarios: [bold]{scenario}[/]. Specs and state are kept in memory; the Lambda functions' own handlers run here.");
        console.WriteLine();
    }

    public void Specs(IReadOnlyList<TaskNetworkSpec> specs)
    {
        console.MarkupLine("[bold]Specs applied[/]");
        foreach (var spec in specs)
        {
            var remediation = spec.Spec.Remediation;
            console.MarkupLineInterpolated(
                $"  {spec.Name,-18} selects {spec.Spec.Selector}  (remediation: security groups {Mode(remediation.SecurityGroups)}, eni {Mode(remediation.Eni)}, dns {Mode(remediation.Dns)})");
        }

        console.WriteLine();
    }

    /// <summary>Starts an act; the mark lets it print only what it added to the ledger and the topic.</summary>
    public async Task<Mark> ActAsync(DemoSession session, string title, string subtitle, CancellationToken cancellationToken)
    {
        Heading(title);
        console.MarkupLineInterpolated($"[dim]{subtitle}[/]");
        var ledger = await session.Ledger.ListAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
        return new Mark(ledger.Count, session.Sandbox.Admin.PublishedMessages().Count);
    }

    public void EventsPlayed(int count) => console.MarkupLineInterpolated($"  {count} ECS Task State Change event(s) handled.");

    public async Task TasksAsync(DemoSession session, CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("task", "family", "status", "findings (severity check resource → handling)");
        foreach (var status in await session.Status.ListAsync(null, null, cancellationToken).ConfigureAwait(false))
        {
            var findings = status.Findings.Count == 0
                ? status.Judgement == Core.Drift.JudgementKind.Judged ? "[green]compliant[/]" : Markup.Escape(status.Reason)
                : string.Join("\n", status.Findings.Select(f => Markup.Escape($"{f.Severity.ToString().ToLowerInvariant(),-8} {f.Id} → {Short(f.Decision.Describe())}")));
            table.AddRow(Markup.Escape(AwsIds.TaskId(status.TaskArn)[..8]), Markup.Escape(status.Family), Markup.Escape($"{status.LastStatus} / {status.Judgement}"), findings);
        }

        console.Write(table);
    }

    public async Task ActionsSinceAsync(DemoSession session, Mark mark, CancellationToken cancellationToken)
    {
        // One line per change: every task that planned the same change (a shared rule, one service) is counted on it.
        var entries = (await session.Ledger.ListAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false)).Skip(mark.Ledger)
            .GroupBy(e => (e.ActionKey, e.DryRun)).ToList();
        console.MarkupLine(entries.Count == 0 ? "  [bold]Plan:[/] nothing to do." : "  [bold]Plan and actions:[/]");
        foreach (var change in entries)
        {
            var entry = change.First();
            var what = entry.DryRun ? $"would {entry.Description}" : entry.Description;
            var tasks = change.SelectMany(e => e.Tasks).Distinct(StringComparer.Ordinal).Count();
            console.MarkupLineInterpolated($"    {(entry.DryRun ? "DRY-RUN" : entry.Result.ToString().ToUpperInvariant()),-12} {what}  [dim](for {tasks} task(s))[/]");
        }
    }

    public void MessagesSince(DemoSession session, Mark mark)
    {
        var messages = session.Sandbox.Admin.PublishedMessages().Skip(mark.Messages).ToList();
        console.MarkupLine(messages.Count == 0 ? "  [bold]SNS:[/] no message." : "  [bold]SNS messages:[/]");
        foreach (var message in messages)
        {
            console.MarkupLineInterpolated($"    {message.Subject}");
        }

        console.WriteLine();
    }

    public async Task SummaryAsync(DemoSession session, CancellationToken cancellationToken)
    {
        Heading("Left for people");
        var open = await session.Ports.Alerts.ListAsync(openOnly: true, cancellationToken).ConfigureAwait(false);
        foreach (var alert in open)
        {
            console.MarkupLineInterpolated($"  OPEN {alert.Severity.ToString().ToLowerInvariant()} {alert.Check} on {alert.ResourceId} ({alert.AffectedTasks.Count} task(s))");
            console.MarkupLineInterpolated($"    [dim]{alert.Message}[/]");
        }

        var all = await session.Ports.Alerts.ListAsync(openOnly: false, cancellationToken).ConfigureAwait(false);
        var ledger = await session.Ledger.ListAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
        console.WriteLine();
        console.MarkupLineInterpolated(
            $"[bold]Totals:[/] {all.Count} alert(s) opened, {all.Count - open.Count} resolved, {open.Count} open; {ledger.Count(e => e.DryRun)} dry-run action(s), {ledger.Count(e => !e.DryRun)} applied; {session.Sandbox.Admin.PublishedMessages().Count} SNS message(s).");
    }

    private void Heading(string title)
    {
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]== {title} ==[/]");
    }

    private static string Mode(RemediationMode mode) => mode switch
    {
        RemediationMode.DryRun => "dry-run",
        RemediationMode.ReplaceTask => "replace-task",
        _ => mode.ToString().ToLowerInvariant(),
    };

    /// <summary>At most about 90 characters, cut at a space so no id, ARN or CIDR is ever cut in two.</summary>
    private static string Short(string handling)
    {
        if (handling.Length <= 90)
        {
            return handling;
        }

        var space = handling.LastIndexOf(' ', 86);
        return handling[..(space > 40 ? space : 86)] + " …";
    }

    /// <summary>Where an act started: the ledger and SNS counts before it.</summary>
    public sealed record Mark(int Ledger, int Messages);
}
