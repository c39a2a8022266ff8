using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>One reconcile of the seed task per case, set up so that its findings end one way each: repaired, under way, alerted, recorded, following a cause.</summary>
internal static class FindingDecisionCases
{
    public static readonly IReadOnlyDictionary<string, Func<ReconcilerHarness>> All = new Dictionary<string, Func<ReconcilerHarness>>(StringComparer.Ordinal)
    {
        ["rdp open, alert mode"] = () => Rdp(new ReconcilerHarness().WithIisSpec()),
        ["rdp open, remediate"] = () => Rdp(new ReconcilerHarness().WithIisSpec(IisSpec.Remediate)),
        ["rdp open, dry run"] = () => Rdp(new ReconcilerHarness().WithIisSpec(IisSpec.DryRun)),
        ["rdp open, budget spent"] = () => Rdp(new ReconcilerHarness(budget: 0).WithIisSpec(IisSpec.Remediate)),
        ["rdp open, the revoke fails"] = () =>
        {
            var harness = Rdp(new ReconcilerHarness().WithIisSpec(IisSpec.Remediate));
            harness.World.Failures["RevokeIngressRule"] = new AdapterException("ec2", "RevokeSecurityGroupIngress", Ids.WebGroup, "UnauthorizedOperation: not allowed");
            return harness;
        },
        ["rdp open, another reconcile claimed the revoke"] = () =>
        {
            var harness = Rdp(new ReconcilerHarness().WithIisSpec(IisSpec.Remediate));
            var now = harness.Time.GetUtcNow();
            harness.Ledger.TryClaimAsync($"revoke/{Ids.WebGroup}/{IisObservation.RdpFromWorldRule.RuleId}", now, TimeSpan.FromMinutes(10), now, CancellationToken.None).GetAwaiter().GetResult();
            return harness;
        },
        ["stray group, service right, remediate"] = () =>
        {
            var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
            harness.World.Enis[Ids.EniId] = harness.World.Enis[Ids.EniId] with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };
            return harness;
        },
        ["rdp open, budget spent, alerts from critical"] = () =>
            Rdp(new ReconcilerHarness(budget: 0).WithSpec(IisSpec.Create(IisSpec.Remediate).WithSeverity(Severity.Critical))),
        ["stray group, service right, budget spent, alerts from critical"] = () =>
        {
            var harness = new ReconcilerHarness(budget: 0).WithSpec(IisSpec.Create(IisSpec.Remediate).WithSeverity(Severity.Critical));
            harness.World.Enis[Ids.EniId] = harness.World.Enis[Ids.EniId] with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };
            return harness;
        },
        ["stray group and no dns name, hostnames off, alert mode"] = () =>
        {
            var harness = new ReconcilerHarness().WithIisSpec();
            harness.World.Enis[Ids.EniId] = harness.World.Enis[Ids.EniId] with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };
            harness.World.Vpcs[Ids.VpcId] = IisObservation.Vpc(hostnames: false);
            var attachment = IisObservation.Attachment();
            harness.World.Tasks[Ids.TaskArn] = IisObservation.Task() with { Attachments = [attachment with { Details = [.. attachment.Details.Where(d => d.Key != "privateDnsName")] }] };
            return harness;
        },
        ["host full, below the threshold"] = () =>
        {
            var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
            harness.World.Hosts[Ids.InstanceId] = new HostEniCapacity(Ids.InstanceId, "m5.large", 3, 3);
            return harness;
        },
        ["no dns name, hostnames off, remediate"] = () =>
        {
            var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
            harness.World.Vpcs[Ids.VpcId] = IisObservation.Vpc(hostnames: false);
            var attachment = IisObservation.Attachment();
            harness.World.Tasks[Ids.TaskArn] = IisObservation.Task() with { Attachments = [attachment with { Details = [.. attachment.Details.Where(d => d.Key != "privateDnsName")] }] };
            return harness;
        },
    };

    private static ReconcilerHarness Rdp(ReconcilerHarness harness)
    {
        harness.World.OpenRdpToTheWorld();
        return harness;
    }

    /// <summary>Each finding of the task's stored status, as the status says what became of it.</summary>
    public static async Task<string> DecisionsAsync(string name)
    {
        var harness = All[name]();
        await harness.LookAtAsync();
        var status = await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None);
        return string.Join("\n", status!.Findings.Select(f => $"{f.Check}: {f.Decision.Describe()}"));
    }
}
