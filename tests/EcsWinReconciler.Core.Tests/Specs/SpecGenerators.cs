using System.Net.Sockets;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs;
using FsCheck;
using FsCheck.Fluent;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>
/// FsCheck generators of valid specs, built to satisfy every rule by construction (ids of the right shape,
/// limits, no contradictions), so anything the reader rejects is a bug in the reader or the writer.
/// </summary>
public static class SpecGenerators
{
    private const string Alnum = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static Arbitrary<TaskNetworkSpec> Specs() => Spec.ToArbitrary();

    public static Gen<TaskNetworkSpec> Spec =>
        from metadata in Metadata
        from body in Body
        select new TaskNetworkSpec(metadata, body);

    private static Gen<string> Word(int min, int max) =>
        from length in Gen.Choose(min, max)
        from chars in Gen.ArrayOf(Gen.Elements(Alnum.ToCharArray()), length)
        select new string(chars);

    private static Gen<string> Hex(string prefix) =>
        from length in Gen.Elements(8, 17)
        from chars in Gen.ArrayOf(Gen.Elements("0123456789abcdef".ToCharArray()), length)
        select prefix + new string(chars);

    private static Gen<EquatableArray<T>> Distinct<T>(Gen<T> item, int max) =>
        from count in Gen.Choose(0, max)
        from items in Gen.ArrayOf(item, count)
        select items.Distinct().ToEquatableArray();

    private static Gen<SpecMetadata> Metadata =>
        from name in Gen.OneOf(Word(1, 20), from a in Word(1, 10) from b in Word(1, 10) select $"{a}-{b}")
        from labels in Distinct(from k in Word(1, 8) from v in Gen.Elements("web", "", "team a", "ü", "x:y", "\"q\"") select new KeyValuePair<string, string>(k, v), 3)
        from description in Gen.Elements<string?>(null, "", "IIS web servers", "multi\nline", "quote \" and \\ and <tag> & 'single' ünïcode", "# not a comment")
        select new SpecMetadata(
            name,
            labels.DistinctBy(l => l.Key).OrderBy(l => l.Key, StringComparer.Ordinal).ToEquatableArray(),
            description);

    private static Gen<SpecBody> Body =>
        from cluster in Gen.OneOf(Gen.Elements("win-prod", "Win_Prod"), Word(1, 30))
        from family in Gen.OneOf(Gen.Constant(TaskSelector.AnyFamily), Word(1, 30), Gen.Elements("0123", "true", "null"))
        from suspend in Gen.Elements(true, false)
        from eni in Gen.OneOf(Gen.Constant<EniSpec?>(null), Eni.Select(e => (EniSpec?)e))
        from groups in Gen.OneOf(Gen.Constant<SecurityGroupSpec?>(null), SecurityGroups.Select(g => (SecurityGroupSpec?)g))
        from dns in Gen.OneOf(Gen.Constant<DnsSpec?>(null), Dns.Select(d => (DnsSpec?)d))
        from remediation in Remediation
        from alerts in Alerts
        from ad in Gen.OneOf(Gen.Constant<ActiveDirectorySpec?>(null), ActiveDirectory.Select(a => (ActiveDirectorySpec?)a))
        select new SpecBody(new TaskSelector(cluster, family), PlatformRequirement.Windows, eni, groups, dns, remediation, alerts, suspend) { ActiveDirectory = ad };

    private static Gen<ActiveDirectorySpec> ActiveDirectory =>
        from controllers in Distinct(from a in Gen.Choose(0, 255) from b in Gen.Choose(1, 254) select $"10.0.{a}.{b}", 4)
        from domain in Gen.Elements<string?>(null, "corp.example.com", "ad.internal")
        select new ActiveDirectorySpec(controllers.IsEmpty ? ["10.0.0.10"] : controllers, domain);

    private static Gen<EniSpec> Eni =>
        from subnets in Distinct(Hex("subnet-"), 16)
        from publicIp in Gen.Elements(PublicIpPolicy.Forbidden, PublicIpPolicy.Any)
        from minFreeIps in Gen.Elements<int?>(null, 0, 1, 250, 65536)
        select new EniSpec(subnets, publicIp) { MinFreeIps = minFreeIps };

    private static Gen<SecurityGroupSpec> SecurityGroups =>
        from match in Gen.Elements(GroupMatch.Exact, GroupMatch.Superset)
        from ids in Distinct(Hex("sg-"), 5)
        from forbidden in Gen.OneOf(Gen.Constant(SpecDefaults.ForbiddenIngress), Distinct(Permission.Select(p => new IngressRuleSpec(p)), 4))
        from required in Distinct(Permission, 4)
        from groupIndexes in Gen.ArrayOf(Gen.Choose(0, 4), 4)
        let usableIds = ids.IsEmpty && (match == GroupMatch.Exact || !required.IsEmpty) ? ["sg-0123abcd"] : ids
        let allowed = required.Where(r => !forbidden.Any(f => r.Grants(f.Permission))).ToList()
        select new SecurityGroupSpec(
            match,
            usableIds,
            forbidden,
            allowed.Select((p, i) => new IngressRuleSpec(p, usableIds[groupIndexes[i] % usableIds.Count])).Distinct().ToEquatableArray());

    private static Gen<IngressPermission> Permission =>
        from protocol in Gen.Elements(IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp, IpProtocol.IcmpV6, IpProtocol.All, new IpProtocol(47), new IpProtocol(0))
        from start in Gen.Choose(0, PortRange.MaxPort)
        from width in Gen.Elements(0, 0, 1, 100, PortRange.MaxPort)
        from source in Source
        select new IngressPermission(protocol, new PortRange(start, Math.Min(PortRange.MaxPort, start + width)), source);

    private static Gen<RuleSource> Source => Gen.OneOf(
        Ipv4Cidr.Select(RuleSource.FromCidr),
        Ipv6Cidr.Select(RuleSource.FromCidr),
        Hex("sg-").Select(RuleSource.FromGroup),
        Hex("pl-").Select(RuleSource.FromPrefixList));

    private static Gen<Cidr> Ipv4Cidr =>
        from address in Gen.Choose(int.MinValue, int.MaxValue)
        from prefix in Gen.Choose(0, 32)
        let bits = prefix == 0 ? 0u : (uint)address & (uint.MaxValue << (32 - prefix))
        select new Cidr(AddressFamily.InterNetwork, bits, prefix);

    private static Gen<Cidr> Ipv6Cidr =>
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from prefix in Gen.Choose(0, 32)
        let bits = prefix == 0 ? 0u : (uint)high & (uint.MaxValue << (32 - prefix))
        select new Cidr(AddressFamily.InterNetworkV6, (UInt128)bits << 96, prefix);

    private static Gen<DnsSpec> Dns =>
        from support in Gen.Elements<bool?>(null, true, false)
        from hostnames in Gen.Elements<bool?>(null, true, false)
        from servers in Distinct(Gen.OneOf(Gen.Constant(DnsSpec.AmazonProvidedDns), from a in Gen.Choose(0, 255) from b in Gen.Choose(0, 255) select $"10.{a}.{b}.2"), 4)
        from domain in Gen.Elements<string?>(null, "corp.example.com", "example", "a-b.c0.internal")
        from privateName in Gen.Elements(PrivateDnsNamePolicy.Any, PrivateDnsNamePolicy.Required)
        let fixedHostnames = support == false && hostnames == true ? false : hostnames
        let fixedPolicy = support == false || fixedHostnames == false ? PrivateDnsNamePolicy.Any : privateName
        select new DnsSpec(support, fixedHostnames, servers, domain, fixedPolicy);

    private static Gen<RemediationSpec> Remediation =>
        from mode in Gen.Elements(RemediationMode.Alert, RemediationMode.DryRun, RemediationMode.Remediate)
        from groups in Gen.Elements(Enum.GetValues<RemediationMode>())
        from eni in Gen.Elements(Enum.GetValues<RemediationMode>())
        from dns in Gen.Elements(RemediationMode.Alert, RemediationMode.DryRun, RemediationMode.Remediate)
        select new RemediationSpec(mode, groups, eni, dns);

    private static Gen<AlertSpec> Alerts =>
        from severity in Gen.Elements(Enum.GetValues<Severity>())
        from minutes in Gen.OneOf(Gen.Choose(1, 43200), Gen.Elements(60, 1440, 43200))
        from perCheck in Gen.SubListOf(CheckIds.All.ToArray()).Select(l => l.Take(3).ToList())
        from severities in Gen.ArrayOf(Gen.Elements(Enum.GetValues<Severity>()), 3)
        select new AlertSpec(severity, TimeSpan.FromMinutes(minutes))
        {
            CheckSeverities = perCheck.Select((c, i) => new KeyValuePair<string, Severity>(c, severities[i])).OrderBy(p => p.Key, StringComparer.Ordinal).ToEquatableArray(),
        };
}
