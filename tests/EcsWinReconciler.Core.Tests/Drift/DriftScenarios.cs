using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>
/// The seed's IIS task with one thing wrong, per kind of drift, and how a finding reads to the person it reaches (alert
/// e-mail, status, CLI): check, severity, root, resource, expected, actual, message, remedy and cause.
/// </summary>
internal static class DriftScenarios
{
    public static readonly DateTimeOffset ObservedAt = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static TaskNetworkSpec Spec(Func<SpecBody, SpecBody>? change = null)
    {
        var spec = IisSpec.Create();
        return change is null ? spec : spec with { Spec = change(spec.Spec) };
    }

    public static TaskObservation Healthy => IisObservation.Healthy();

    public static ObservedEni Eni => IisObservation.Eni();

    public static TaskObservation WithoutDnsName() =>
        Healthy with { Task = IisObservation.Task() with { Attachments = [IisObservation.Attachment() with { Details = [.. IisObservation.Attachment().Details.Where(d => d.Key != "privateDnsName")] }] } };

    public static TaskObservation WithDhcp(string[] servers, string[] domainNames) =>
        Healthy with { Vpc = IisObservation.Vpc() with { Dhcp = new DhcpOptionsObservation(Ids.DhcpOptionsId, [.. servers], [.. domainNames]) } };

    public static ObservedIngressRule Rule(string ruleId, string protocol, int from, int to, string cidr) =>
        new(ruleId, Ids.WebGroup, new IngressPermission(IpProtocol.Parse(protocol), new PortRange(from, to), RuleSource.FromCidr(Cidr.Parse(cidr))));

    public static ServiceRollout Rollout(string state, TimeSpan runningFor, string? reason = null) =>
        new("ecs-svc/1234567890123456789", state, reason, ObservedAt - runningFor, DesiredCount: 2, RunningCount: 1, PendingCount: 1, FailedTasks: 3);

    public static string Readout(Finding f) =>
        $"{f.Check} {f.Severity} root={f.Root.Key} resource={f.ResourceId}\n" +
        $"expected: {f.Expected}\nactual: {f.Actual}\nmessage: {f.Message}\nremedy: {f.Remedy.GetType().Name}" +
        (f.CausedBy is null ? string.Empty : $"\ncaused by: {f.CausedBy}");

    public static IEnumerable<string> Readouts(TaskNetworkSpec spec, TaskObservation observed, DriftContext? context = null) =>
        DriftEvaluator.Evaluate(spec, observed, context ?? new DriftContext(ObservedAt, DriftContext.DefaultRolloutStuckAfter)).Findings.Select(Readout);

    /// <summary>The findings of the named case of <see cref="DriftCases"/> read exactly so, in the evaluator's order.</summary>
    public static void AssertReads(string drift, string readout)
    {
        var (spec, observed, context) = DriftCases.All[drift]();
        Xunit.Assert.Equal(readout, string.Join("\n", Readouts(spec, observed, context)));
    }
}
