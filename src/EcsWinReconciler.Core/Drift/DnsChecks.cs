using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// The DNS a Windows task gets: the VPC's DNS attributes, the DHCP option set's servers and domain name, and
/// the ENI's private DNS name. DHCP drift is alert-only: a Windows task takes the DNS servers of its host's
/// primary ENI as the ECS agent saw them at its start, so fixing DHCP reaches tasks only after an agent restart.
/// </summary>
public static class DnsChecks
{
    private const string AgentRestartAdvice =
        "a Windows task takes the DNS servers of its host's primary ENI as the ECS agent saw them at its start, so restart the agent (Restart-Service AmazonECS) or replace the hosts afterwards";

    public static IEnumerable<Finding> Evaluate(DnsSpec? spec, TaskObservation observed)
    {
        List<Finding>? findings = null;
        Collect(spec, observed, ref findings);
        return FindingList.OrEmpty(findings);
    }

    internal static void Collect(DnsSpec? spec, TaskObservation observed, ref List<Finding>? findings)
    {
        if (spec is null || observed.Vpc is not { } vpc)
        {
            return;
        }

        AddAttribute(ref findings, observed, vpc, spec.VpcDnsSupport, vpc.DnsSupport, CheckIds.VpcDnsSupport, VpcAttribute.EnableDnsSupport,
            "enableDnsSupport is off: the Amazon DNS server does not answer, so tasks using AmazonProvidedDNS cannot resolve names");
        AddAttribute(ref findings, observed, vpc, spec.VpcDnsHostnames, vpc.DnsHostnames, CheckIds.VpcDnsHostnames, VpcAttribute.EnableDnsHostnames,
            "enableDnsHostnames is off: ECS gives a Windows task its Amazon DNS hostname only when both DNS attributes are on, so the hostname is random");
        DhcpChecks.Collect(spec, observed, vpc, AgentRestartAdvice, ref findings);
        if (spec.PrivateDnsName == PrivateDnsNamePolicy.Required && PrivateDnsName(spec, observed, vpc) is { } name)
        {
            FindingList.Add(ref findings, name);
        }
    }

    private static void AddAttribute(ref List<Finding>? findings, TaskObservation observed, VpcDnsObservation vpc, bool? wanted, bool actual, string check, VpcAttribute attribute, string whyOffHurts)
    {
        if (wanted is not { } want || want == actual)
        {
            return;
        }

        var message = want
            ? $"VPC {vpc.VpcId}: {whyOffHurts}. Turning it on is VPC-wide."
            : $"VPC {vpc.VpcId} has {attribute} on, the spec wants it off; turning it off is VPC-wide and is left to a person.";
        FindingList.Add(ref findings, FindingFactory.Shared(
            observed, check, FindingRoot.Vpc(vpc.VpcId), want ? Severity.High : Severity.Medium, want ? "on" : "off", actual ? "on" : "off", message,
            want ? Remedy.EnableVpcAttribute(vpc.VpcId, attribute) : Remedy.AlertOnly));
    }

    /// <summary>
    /// No private DNS name. While a VPC DNS attribute the spec wants on is off, that is the cause: this finding follows it
    /// (one alert for the VPC, not one per task). Otherwise the task was launched while it was off: a new deployment of
    /// its service (or a new standalone task) gets a name, so the root is where the task was launched from.
    /// </summary>
    private static Finding? PrivateDnsName(DnsSpec spec, TaskObservation observed, VpcDnsObservation vpc)
    {
        var name = observed.Task.EniAttachment?.PrivateDnsName;
        if (!string.IsNullOrEmpty(name))
        {
            return null;
        }

        var resource = observed.Eni?.Id ?? observed.Task.TaskId;
        var message = $"Task {observed.Task.TaskId} has no private DNS name; ECS gives one only when the VPC has enableDnsSupport and enableDnsHostnames on " +
            $"(now {OnOff(vpc.DnsSupport)} / {OnOff(vpc.DnsHostnames)}); tasks started after both are on get one.";
        var cause = CauseOfMissingName(spec, vpc);
        return cause is null
            ? FindingFactory.FromLaunch(observed, CheckIds.PrivateDnsName, resource, Severity.Medium, "a private DNS name", "none", message)
            : FindingFactory.ForTask(observed, CheckIds.PrivateDnsName, resource, Severity.Medium, "a private DNS name", "none", message) with { CausedBy = cause };
    }

    /// <summary>The cause of the attribute finding this task also has (support before hostnames), or null when there is none.</summary>
    private static string? CauseOfMissingName(DnsSpec spec, VpcDnsObservation vpc) =>
        spec.VpcDnsSupport == true && !vpc.DnsSupport ? Finding.CauseOf(CheckIds.VpcDnsSupport, FindingRoot.Vpc(vpc.VpcId))
        : spec.VpcDnsHostnames == true && !vpc.DnsHostnames ? Finding.CauseOf(CheckIds.VpcDnsHostnames, FindingRoot.Vpc(vpc.VpcId))
        : null;

    private static string OnOff(bool on) => on ? "on" : "off";
}
