using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>The DHCP option set: domain-name-servers against the spec, and the domain name (incl. the Windows multi-value pitfall).</summary>
internal static class DhcpChecks
{
    public static IEnumerable<Finding> Evaluate(DnsSpec spec, TaskObservation observed, VpcDnsObservation vpc, string restartAdvice)
    {
        var dhcp = vpc.Dhcp;
        var resource = dhcp.Id == DhcpOptionsObservation.DefaultId ? $"default@{vpc.VpcId}" : dhcp.Id;

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

    private static string? ServerDifference(IEnumerable<string> wanted, IEnumerable<string> actual)
    {
        var want = wanted.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        var have = actual.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        var missing = want.Where(w => !have.Contains(w)).Order(StringComparer.Ordinal).ToList();
        var extra = have.Where(h => !want.Contains(h)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        return string.Join("; ", new[]
        {
            missing.Count > 0 ? $"missing {FindingFactory.List(missing)}" : null,
            extra.Count > 0 ? $"unexpected {FindingFactory.List(extra)}" : null,
        }.OfType<string>());
    }

    private static string Normalise(string server) =>
        string.Equals(server, DnsSpec.AmazonProvidedDns, StringComparison.OrdinalIgnoreCase) ? DnsSpec.AmazonProvidedDns : server.Trim();

    private static bool IsMultiValue(IReadOnlyCollection<string> values) =>
        values.Count > 1 || values.Any(v => v.Trim().Any(c => char.IsWhiteSpace(c) || c == ','));

    private static bool SameDomain(string wanted, IReadOnlyList<string> values) =>
        values.Count == 1 && string.Equals(values[0].Trim().TrimEnd('.'), wanted.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
