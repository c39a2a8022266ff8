using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>
/// The story the demo tells, through the same handler code the Lambdas run: the sandbox's task-state events in
/// dry-run (findings, the plan, one alert per root cause opened); a scheduled resync that repairs, the replacement tasks'
/// events, and the next resync, which finds no task with the service's old groups and so resolves that alert (a task
/// stopping never resolves a shared cause by itself); a person turning VPC DNS hostnames on, seen through CloudTrail;
/// and what is left for people (DHCP drift is never repaired automatically).
/// </summary>
internal sealed class DemoScript(DemoSession session, DemoNarrator narrator)
{
    public const string DefaultScenario = "rdp-open+wrong-security-groups+dns-hostnames-off+dhcp-missing-ad-dns+linux-task";

    private long _eventsSeen;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        narrator.Specs(await session.ApplySampleSpecsAsync(cancellationToken).ConfigureAwait(false));

        var mark = await narrator.ActAsync(session, "1. Dry run", "the sandbox's ECS task-state events, through the task-state function with RemediationMode=dry-run", cancellationToken).ConfigureAwait(false);
        var events = await PlayTaskEventsAsync("dry-run", cancellationToken).ConfigureAwait(false);
        narrator.EventsPlayed(events);
        await narrator.TasksAsync(session, cancellationToken).ConfigureAwait(false);
        await narrator.ActionsSinceAsync(session, mark, cancellationToken).ConfigureAwait(false);
        narrator.MessagesSince(session, mark);

        mark = await narrator.ActAsync(session, "2. Remediate", "a scheduled resync with RemediationMode=remediate, the replacement tasks' events, then the next resync", cancellationToken).ConfigureAwait(false);
        await session.InvokeAsync("resync", "remediate", DemoEvents.Schedule(session.Time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await narrator.ActionsSinceAsync(session, mark, cancellationToken).ConfigureAwait(false);
        narrator.EventsPlayed(await PlayTaskEventsAsync("remediate", cancellationToken).ConfigureAwait(false));
        await session.InvokeAsync("resync", "remediate", DemoEvents.Schedule(session.Time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await narrator.TasksAsync(session, cancellationToken).ConfigureAwait(false);
        narrator.MessagesSince(session, mark);

        mark = await narrator.ActAsync(session, "3. A person turns VPC DNS hostnames on", "ec2 modify-vpc-attribute, then CloudTrail's event through the api-change function", cancellationToken).ConfigureAwait(false);
        await TurnOnDnsHostnamesAsync(cancellationToken).ConfigureAwait(false);
        await session.InvokeAsync("api-change", "remediate", DemoEvents.ModifyVpcAttribute(ScenarioIds.VpcId, "enableDnsHostnames", session.Time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        narrator.MessagesSince(session, mark);

        await narrator.SummaryAsync(session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every task-state event the sandbox emitted since the last call, in order, through the task-state function.</summary>
    private async Task<int> PlayTaskEventsAsync(string remediationMode, CancellationToken cancellationToken)
    {
        var events = session.Sandbox.Admin.Events(_eventsSeen);
        foreach (var taskEvent in events)
        {
            await session.InvokeAsync("task-state", remediationMode, System.Text.Encoding.UTF8.GetBytes(taskEvent.Json), cancellationToken).ConfigureAwait(false);
            _eventsSeen = taskEvent.Sequence;
        }

        return events.Count;
    }

    private async Task TurnOnDnsHostnamesAsync(CancellationToken cancellationToken)
    {
        using var ec2 = new AwsClientFactory(DemoSession.SettingsFor(session.Sandbox.Endpoint)).CreateEc2Client();
        await ec2.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = ScenarioIds.VpcId, EnableDnsHostnames = true }, cancellationToken).ConfigureAwait(false);
    }
}
