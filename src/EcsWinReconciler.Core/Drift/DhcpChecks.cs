using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>The DHCP option set: domain-name-servers against the spec, and the domain name (incl. the Windows multi-value pitfall).</summary>
internal static class DhcpChecks
{
    public static void Collect(DnsSpec spec, TaskObservation observed, VpcDnsObservation vpc, string restartAdvice, ref List<Finding>? findings)
    {
        var dhcp = vpc.Dhcp;
        var serversDiffer = !spec.Servers.IsEmpty && !SameServers(spec.Servers, dhcp.DomainNameServers);
        var multiValue = IsMultiValue(dhcp.DomainNames);
        var domainDiffers = spec.DomainName is { } wanted && !SameDomain(wanted, dhcp.DomainNames);
        if (serversDiffer || multiValue || domainDiffers)
        {
            foreach (var finding in Findings(spec, observed, vpc, restartAdvice))
            {
                FindingList.Add(ref findings, finding);
            }
        }
    }

    private static IEnumerable<Finding> Findings(DnsSpec spec, TaskObservation observed, VpcDnsObservation vpc, string restartAdvice)
    {
        var dhcp = vpc.Dhcp;
        var resource = RootOf(vpc);

        if (!spec.Servers.IsEmpty && ServerDifference(spec.Servers, dhcp.DomainNameServers) is { } difference)
        {
            yield return FindingFactory.Shared(
                observed, CheckIds.DhcpDnsServers, resource, Severity.High,
                FindingFactory.List(spec.Servers), FindingFactory.List(dhcp.DomainNameServers),
                $"VPC {vpc.VpcId}'s DHCP options {dhcp.Id} hand out the wrong DNS servers ({difference}); associate an option set with " +
                $"domain-name-servers={string.Join(",", spec.Servers)} with {vpc.VpcId}, then note that {restartAdvice}.");
        }

        if (IsMultiValue(dhcp.DomainNames))
        {
            yield return FindingFactory.Shared(
                observed, CheckIds.DhcpDomainNameMultiValue, resource, Severity.High, "one domain name",
                string.Join(" | ", dhcp.DomainNames),
                $"DHCP options {dhcp.Id} give several domain names; Windows treats a multi-value domain-name as one single domain, so suffix search fails. Keep one.");
        }

        if (spec.DomainName is { } wanted && !SameDomain(wanted, dhcp.DomainNames))
        {
            yield return FindingFactory.Shared(
                observed, CheckIds.DhcpDomainName, resource, Severity.Medium, wanted,
                dhcp.DomainNames.IsEmpty ? "(none)" : string.Join(" ", dhcp.DomainNames),
                $"DHCP options {dhcp.Id} give domain name {(dhcp.DomainNames.IsEmpty ? "(none)" : string.Join(" ", dhcp.DomainNames))}, the spec wants {wanted}; " +
                $"associate an option set with domain-name={wanted}, then note that {restartAdvice}.");
        }
    }

    /// <summary>The option set as a root; the default set is one per VPC, so it is named after the VPC.</summary>
    internal static FindingRoot RootOf(VpcDnsObservation vpc) =>
        FindingRoot.Dhcp(vpc.Dhcp.Id == DhcpOptionsObservation.DefaultId ? $"default@{vpc.VpcId}" : vpc.Dhcp.Id);

    private static string? ServerDifference(IEnumerable<string> wanted, IEnumerable<string> actual) =>
        SetDifference.Describe(wanted.Select(Normalise), actual.Select(Normalise));

    /// <summary>The same set of servers once normalised (what <see cref="ServerDifference"/> compares), without building sets.</summary>
    private static bool SameServers(EquatableArray<string> wanted, EquatableArray<string> actual) =>
        AllIn(wanted, actual) && AllIn(actual, wanted);

    private static bool AllIn(EquatableArray<string> servers, EquatableArray<string> among)
    {
        for (var i = 0; i < servers.Count; i++)
        {
            var found = false;
            for (var j = 0; j < among.Count && !found; j++)
            {
                found = string.Equals(Normalise(servers[i]), Normalise(among[j]), StringComparison.Ordinal);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalise(string server) =>
        string.Equals(server, DnsSpec.AmazonProvidedDns, StringComparison.OrdinalIgnoreCase) ? DnsSpec.AmazonProvidedDns : server.Trim();

    private static bool IsMultiValue(EquatableArray<string> values)
    {
        if (values.Count > 1)
        {
            return true;
        }

        foreach (var value in values)
        {
            foreach (var c in value.AsSpan().Trim())
            {
                if (char.IsWhiteSpace(c) || c == ',')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SameDomain(string wanted, EquatableArray<string> values) =>
        values.Count == 1 && string.Equals(values[0].Trim().TrimEnd('.'), wanted.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
