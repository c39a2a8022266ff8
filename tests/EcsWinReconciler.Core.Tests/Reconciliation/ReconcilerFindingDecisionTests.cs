namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>
/// What the status says became of each finding, whole, for each way a reconcile can end it: repaired (and how), a repair
/// under way (ours or another run's), alerted (and why not repaired: alert mode, dry run, budget, a failed call), recorded
/// below the threshold, or following its cause (its own, not another finding of the task); a repair left undone alerts from the threshold up, and records below it.
/// </summary>
public class ReconcilerFindingDecisionTests
{
    public static TheoryData<string, string> Cases => new()
    {
        {
            "rdp open, alert mode",
            """
            sg.forbidden-ingress: alerted: remediation mode is alert
            """
        },
        {
            "rdp open, remediate",
            """
            sg.forbidden-ingress: repaired: revoke sgr-0bbbbbbbbbbbbbbb2 (tcp 3389 from 0.0.0.0/0) on sg-0123456789abcdef0 (applied)
            """
        },
        {
            "rdp open, dry run",
            """
            sg.forbidden-ingress: alerted: dry run: would revoke sgr-0bbbbbbbbbbbbbbb2 (tcp 3389 from 0.0.0.0/0) on sg-0123456789abcdef0
            """
        },
        {
            "rdp open, budget spent",
            """
            sg.forbidden-ingress: alerted: remediation budget exhausted for this window
            """
        },
        {
            "rdp open, the revoke fails",
            """
            sg.forbidden-ingress: alerted: revoke sgr-0bbbbbbbbbbbbbbb2 (tcp 3389 from 0.0.0.0/0) on sg-0123456789abcdef0 failed (ec2 RevokeSecurityGroupIngress (sg-0123456789abcdef0): UnauthorizedOperation: not allowed)
            """
        },
        {
            "rdp open, another reconcile claimed the revoke",
            """
            sg.forbidden-ingress: repair in progress: another reconcile is carrying out: revoke sgr-0bbbbbbbbbbbbbbb2 (tcp 3389 from 0.0.0.0/0) on sg-0123456789abcdef0
            """
        },
        {
            "stray group, service right, remediate",
            """
            sg.set: repair in progress: stop task 0a1b2c3d4e5f60718293a4b5c6d7e8f9 so its service replaces it (applied); the task keeps its ENI until ECS replaces it
            """
        },
        {
            "rdp open, budget spent, alerts from critical",
            """
            sg.forbidden-ingress: alerted: remediation budget exhausted for this window
            """
        },
        {
            "stray group, service right, budget spent, alerts from critical",
            """
            sg.set: recorded: remediation budget exhausted for this window
            """
        },
        {
            "stray group and no dns name, hostnames off, alert mode",
            """
            dns.private-dns-name: follows from dns.vpc-hostnames on vpc-0a1b2c3d4e5f60718, which is alerted: remediation mode is alert
            dns.vpc-hostnames: alerted: remediation mode is alert
            sg.set: alerted: remediation mode is alert
            """
        },
        {
            "host full, below the threshold",
            """
            capacity.host-eni: recorded: below the alert threshold (low, alerts from medium)
            """
        },
        {
            "no dns name, hostnames off, remediate",
            """
            dns.private-dns-name: follows from dns.vpc-hostnames on vpc-0a1b2c3d4e5f60718, which is repaired: turn on EnableDnsHostnames on vpc-0a1b2c3d4e5f60718 (applied)
            dns.vpc-hostnames: repaired: turn on EnableDnsHostnames on vpc-0a1b2c3d4e5f60718 (applied)
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Status_SaysWhatBecameOfEachFinding(string reconcile, string decisions) =>
        Assert.Equal(decisions, await FindingDecisionCases.DecisionsAsync(reconcile));
}
