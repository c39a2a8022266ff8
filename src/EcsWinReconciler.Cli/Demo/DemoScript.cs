using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>
/// The story the demo tells, through the same handler code the Lambdas run: the sandbox's task-state events in
/// dry-run (findings, the plan, one alert per root cause opened); a scheduled resync that repairs, the replacement tasks'
/// events, and the next resync, which finds no task with the service's old groups and so resolves that alert (a task
/// stopping never resolves a shared cause by itself); a person turning VPC DNS hostnames on, seen through CloudTrail; when
/// the DHCP options miss the domain controllers, the next hurdle: a person fixes DHCP (never repaired automatically) and
/// narrows the subnets' ACL to Linux' reply ports, and 'ewr explain' shows where DNS replies die; what is left for people.
/// </summary>
internal sealed class DemoScript(DemoSession session, DemoNarrator narrator, string scenario)
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

        if (scenario.Split('+').Contains(ScenarioCatalog.DhcpMissingAdDns.Name, StringComparer.Ordinal))
        {
            mark = await narrator.ActAsync(session, "4. The next hurdle: DHCP fixed, then an ACL written for Linux", "ec2 associate-dhcp-options (the domain controllers as DNS servers), then the subnets' ACL narrowed to Linux' reply ports 32768-60999; CloudTrail's events through the api-change function, then the next scheduled resync", cancellationToken).ConfigureAwait(false);
            await NarrowAclToLinuxRepliesAsync(cancellationToken).ConfigureAwait(false);
            await session.InvokeAsync("resync", "remediate", DemoEvents.Schedule(session.Time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            narrator.MessagesSince(session, mark);
            narrator.Explanation(await ExplainFirstTaskAsync(cancellationToken).ConfigureAwait(false));
        }

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

    /// <summary>
    /// The VPC gets the DHCP options naming the domain controllers (so DNS goes to them, not the VPC resolver), and the ACL of
    /// the first task's subnet is narrowed the way a Linux template has it: inbound TCP and UDP only on 32768-60999. Windows
    /// takes reply ports from 49152-65535, so every reply above 60999 is dropped.
    /// </summary>
    private async Task NarrowAclToLinuxRepliesAsync(CancellationToken cancellationToken)
    {
        using var ec2 = Ec2();
        await ec2.AssociateDhcpOptionsAsync(new AssociateDhcpOptionsRequest { DhcpOptionsId = ScenarioIds.AdDhcpOptions, VpcId = ScenarioIds.VpcId }, cancellationToken).ConfigureAwait(false);
        await ApiChangeAsync(DemoEvents.AssociateDhcpOptions(ScenarioIds.AdDhcpOptions, ScenarioIds.VpcId, session.Time.GetUtcNow()), cancellationToken).ConfigureAwait(false);

        var acls = await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { Filters = [new Filter("association.subnet-id", [ScenarioIds.SubnetA])] }, cancellationToken).ConfigureAwait(false);
        var acl = acls.NetworkAcls[0].NetworkAclId;
        await SetInboundAsync(ec2, acl, 100, "6", 32768, 60999, replace: true, cancellationToken).ConfigureAwait(false);
        await SetInboundAsync(ec2, acl, 110, "17", 32768, 60999, replace: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One inbound allow entry, created or replaced, then CloudTrail's record of it through the api-change function.</summary>
    private async Task SetInboundAsync(Amazon.EC2.IAmazonEC2 ec2, string acl, int rule, string protocol, int from, int to, bool replace, CancellationToken cancellationToken)
    {
        var ports = new PortRange { From = from, To = to };
        if (replace)
        {
            await ec2.ReplaceNetworkAclEntryAsync(new ReplaceNetworkAclEntryRequest { NetworkAclId = acl, RuleNumber = rule, Egress = false, Protocol = protocol, RuleAction = Amazon.EC2.RuleAction.Allow, CidrBlock = "0.0.0.0/0", PortRange = ports }, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ec2.CreateNetworkAclEntryAsync(new CreateNetworkAclEntryRequest { NetworkAclId = acl, RuleNumber = rule, Egress = false, Protocol = protocol, RuleAction = Amazon.EC2.RuleAction.Allow, CidrBlock = "0.0.0.0/0", PortRange = ports }, cancellationToken).ConfigureAwait(false);
        }

        var name = replace ? "ReplaceNetworkAclEntry" : "CreateNetworkAclEntry";
        await ApiChangeAsync(DemoEvents.AclEntry(name, acl, rule, protocol, from, to, session.Time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What 'ewr explain' says of the IIS task in subnet A: why it cannot resolve the domain.</summary>
    private async Task<Core.Reconciliation.TaskExplanation> ExplainFirstTaskAsync(CancellationToken cancellationToken)
    {
        var task = session.Sandbox.State.Read(w => w.Tasks.Values
            .Where(t => !t.IsStopped && t.ServiceName == ScenarioIds.ServiceName)
            .OrderBy(t => t.Eni?.SubnetId == ScenarioIds.SubnetA ? 0 : 1).ThenBy(t => t.Arn, StringComparer.Ordinal)
            .First().Arn);
        var options = Core.Reconciliation.ReconcilerOptions.Default with { ForceDryRun = true, ReadOnly = true };
        var reconciler = new Core.Reconciliation.Reconciler(session.Ports, options, session.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<Core.Reconciliation.Reconciler>.Instance);
        var explanation = await reconciler.ExplainAsync(Core.Reconciliation.ReconcileTarget.Lookup(ScenarioIds.ClusterName, task), cancellationToken).ConfigureAwait(false);
        return explanation with { Paths = [.. explanation.Paths.Where(p => p.Check == Core.Drift.CheckIds.DnsPath)] };
    }

    private Task<byte[]> ApiChangeAsync(byte[] cloudTrailEvent, CancellationToken cancellationToken) =>
        session.InvokeAsync("api-change", "remediate", cloudTrailEvent, cancellationToken);

    private Amazon.EC2.IAmazonEC2 Ec2() => new AwsClientFactory(DemoSession.SettingsFor(session.Sandbox.Endpoint)).CreateEc2Client();

    private async Task TurnOnDnsHostnamesAsync(CancellationToken cancellationToken)
    {
        using var ec2 = new AwsClientFactory(DemoSession.SettingsFor(session.Sandbox.Endpoint)).CreateEc2Client();
        await ec2.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = ScenarioIds.VpcId, EnableDnsHostnames = true }, cancellationToken).ConfigureAwait(false);
    }
}
