using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// <c>dns.resolver-rule</c>: when the VPC keeps AmazonProvidedDNS but the Active Directory domain is served by domain
/// controllers the DHCP options do not name, the VPC resolver must forward the domain to them: a Route 53 Resolver FORWARD
/// rule for the domain (or a parent) associated with the VPC, targeting the declared DCs, through an outbound endpoint
/// whose security groups let DNS out to them (docs/FACTS.md §6.3). Root: the VPC. Alert only.
/// </summary>
public static class ResolverRuleChecks
{
    internal static void Collect(TaskNetworkSpec spec, TaskObservation observed, ref List<Finding>? findings)
    {
        var body = spec.Spec;
        if (body.ActiveDirectory is not { } ad || (ad.Domain ?? body.Dns?.DomainName) is not { } domain || observed.Vpc is not { } vpc ||
            observed.ResolverRules is not { } rules || DhcpNamesEvery(ad, vpc))
        {
            return;
        }

        // The judgement proper is a method of its own: its lambdas capture, and a capture allocates at the top of the
        // method that declares the captured names — here only when there is something to judge, not for every task.
        Judge(observed, ad, domain, vpc, rules, ref findings);
    }

    private static bool DhcpNamesEvery(ActiveDirectorySpec ad, VpcDnsObservation vpc)
    {
        foreach (var dc in ad.DomainControllers)
        {
            if (!Names(vpc.Dhcp.DomainNameServers, dc))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Names(EquatableArray<string> servers, string server)
    {
        foreach (var name in servers)
        {
            if (string.Equals(name, server, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Judge(TaskObservation observed, ActiveDirectorySpec ad, string domain, VpcDnsObservation vpc,
        EquatableArray<ResolverRuleObservation> rules, ref List<Finding>? findings)
    {
        var forwarding = rules.Where(r => r.RuleType == ResolverRuleObservation.Forward && Covers(r.DomainName, domain))
            .OrderByDescending(r => r.DomainName.Length).FirstOrDefault();
        var problem = forwarding is null
            ? $"no Route 53 Resolver FORWARD rule for {domain} (or a parent) is associated with {vpc.VpcId}, so the VPC resolver cannot answer for the domain"
            : WrongTargets(forwarding, ad) ?? EndpointBlocks(forwarding, ad);
        if (problem is null)
        {
            return;
        }

        FindingList.Add(ref findings, FindingFactory.Shared(
            observed, CheckIds.DnsResolverRule, FindingRoot.Vpc(vpc.VpcId), Severity.High,
            $"a FORWARD rule for {domain} to [{string.Join(", ", ad.DomainControllers)}] through an endpoint that lets DNS out",
            forwarding is null ? "none" : $"{forwarding.RuleId}: {forwarding.DomainName} → [{string.Join(", ", forwarding.TargetIps)}]",
            $"Tasks in {vpc.VpcId} use AmazonProvidedDNS but {domain} lives on domain controllers the DHCP options do not name: {problem}. " +
            "Create (or fix) an outbound Resolver endpoint and a forwarding rule for the domain, and associate the rule with the VPC."));
    }

    /// <summary>A rule for <c>example.com</c> also answers for <c>corp.example.com</c>; names compare without case or trailing dot.</summary>
    public static bool Covers(string ruleDomain, string domain)
    {
        var rule = ruleDomain.TrimEnd('.').ToLowerInvariant();
        var wanted = domain.TrimEnd('.').ToLowerInvariant();
        return wanted == rule || wanted.EndsWith("." + rule, StringComparison.Ordinal);
    }

    private static string? WrongTargets(ResolverRuleObservation rule, ActiveDirectorySpec ad)
    {
        var missing = ad.DomainControllers.Except(rule.TargetIps, StringComparer.Ordinal).ToList();
        var extra = rule.TargetIps.Except(ad.DomainControllers, StringComparer.Ordinal).ToList();
        return missing.Count == 0 && extra.Count == 0
            ? null
            : $"rule {rule.RuleId} forwards {rule.DomainName} to [{string.Join(", ", rule.TargetIps)}]" +
              (missing.Count > 0 ? $", not to [{string.Join(", ", missing)}]" : string.Empty) +
              (extra.Count > 0 ? $", and also to [{string.Join(", ", extra)}], which are not the declared domain controllers" : string.Empty);
    }

    /// <summary>The outbound endpoint's groups must let UDP and TCP 53 out to every DC (when their egress was read).</summary>
    private static string? EndpointBlocks(ResolverRuleObservation rule, ActiveDirectorySpec ad)
    {
        if (rule.EndpointGroups.IsEmpty || rule.EndpointGroups.Any(g => g.Egress is null))
        {
            return null;
        }

        foreach (var dc in ad.DomainControllers.Select(Cidr.Host).OfType<Cidr>())
        {
            foreach (var service in ActiveDirectoryPorts.Dns)
            {
                var allowed = rule.EndpointGroups.SelectMany(g => g.Egress!.Value).Any(r =>
                    r.Permission.Protocol.Covers(service.Protocol) && r.Permission.Ports.Contains(service.Ports) &&
                    (r.Permission.Source.Cidr is not { } cidr || cidr.Contains(dc)));
                if (!allowed)
                {
                    return $"the outbound endpoint {rule.EndpointId}'s groups [{string.Join(", ", rule.EndpointGroups.Select(g => g.Id))}] do not let {service} out to {dc.AddressText}";
                }
            }
        }

        return null;
    }
}
