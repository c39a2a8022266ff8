using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;
using FsCheck;
using FsCheck.Fluent;

namespace EcsWinReconciler.Core.Tests.Support;

/// <summary>A random spec + observed state around the seed's IIS task, and a budget.</summary>
public sealed record DriftCase(TaskNetworkSpec Spec, TaskObservation Observed, int Budget)
{
    public override string ToString() =>
        $"spec groups {Spec.Spec.SecurityGroups?.Match} [{string.Join(",", Spec.Spec.SecurityGroups?.Ids ?? [])}], remediation {Spec.Spec.Remediation}, " +
        $"eni subnet {Observed.Eni?.SubnetId} groups [{string.Join(",", Observed.Eni?.GroupIds ?? [])}] public {Observed.Eni?.PublicIp}, " +
        $"rules [{string.Join("; ", Observed.SecurityGroups.SelectMany(g => g.Ingress).Select(r => $"{r.GroupId}:{r.Permission}"))}], " +
        $"service [{string.Join(",", Observed.Service?.Subnets ?? [])}] [{string.Join(",", Observed.Service?.SecurityGroups ?? [])}] public {Observed.Service?.AssignPublicIp}, " +
        $"vpc {Observed.Vpc?.DnsSupport}/{Observed.Vpc?.DnsHostnames}, budget {Budget}";
}

/// <summary>FsCheck generators for <see cref="DriftCase"/>: the pieces that drift, over small realistic domains.</summary>
public static class DriftCaseGenerators
{
    private static readonly string[] Groups = [Ids.WebGroup, Ids.OtherGroup, Ids.AlbGroup];
    private static readonly string[] Subnets = [Ids.SubnetA, Ids.SubnetB, Ids.SubnetOther];
    private static readonly string[] Cidrs = ["0.0.0.0/0", "::/0", "10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/24"];
    private static readonly RemediationMode[] Modes = [RemediationMode.Alert, RemediationMode.DryRun, RemediationMode.Remediate, RemediationMode.ReplaceTask];

    public static Arbitrary<DriftCase> DriftCases() => Arb.From(Case());

    public static Gen<DriftCase> Case() =>
        from spec in SpecGen()
        from eniGroups in NonEmptySubset(Groups)
        from subnet in Gen.Elements(Subnets)
        from publicIp in Gen.Elements<string?>(null, "54.1.2.3")
        from ruleCount in Gen.Choose(0, 4)
        from rules in Gen.ListOf(RuleGen(), ruleCount)
        from support in Gen.Elements(true, false)
        from hostnames in Gen.Elements(true, false)
        from serviceSubnets in NonEmptySubset(Subnets)
        from serviceGroups in NonEmptySubset(Groups)
        from servicePublic in Gen.Elements(true, false)
        from standalone in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from budget in Gen.Choose(0, 6)
        select new DriftCase(spec, Observed(eniGroups, subnet, publicIp, rules, support, hostnames, serviceSubnets, serviceGroups, servicePublic, standalone), budget);

    private static TaskObservation Observed(string[] eniGroups, string subnet, string? publicIp, IReadOnlyList<(int Group, IngressPermission Permission)> rules,
        bool support, bool hostnames, string[] serviceSubnets, string[] serviceGroups, bool servicePublic, bool standalone)
    {
        var healthy = IisObservation.Healthy();
        var groups = Groups.Select(id => new ObservedSecurityGroup(
            id, null, Ids.VpcId,
            [.. (id == Ids.WebGroup ? [IisObservation.HttpFromAlbRule] : Array.Empty<ObservedIngressRule>()),
             .. rules.Select((r, i) => (r, i)).Where(x => Groups[x.r.Group] == id).Select(x => new ObservedIngressRule($"sgr-0{x.i:D16}", id, x.r.Permission))]));
        return healthy with
        {
            Task = standalone ? healthy.Task with { Group = $"family:{Ids.Family}" } : healthy.Task,
            Eni = IisObservation.Eni() with { GroupIds = [.. eniGroups], SubnetId = subnet, PublicIp = publicIp },
            SecurityGroups = [.. groups],
            Vpc = IisObservation.Vpc(support, hostnames),
            Service = IisObservation.Service() with { Subnets = [.. serviceSubnets], SecurityGroups = [.. serviceGroups], AssignPublicIp = servicePublic },
        };
    }

    private static Gen<TaskNetworkSpec> SpecGen() =>
        from match in Gen.Elements(GroupMatch.Exact, GroupMatch.Superset)
        from ids in NonEmptySubset([Ids.WebGroup, Ids.OtherGroup])
        from sgMode in Gen.Elements(Modes)
        from eniMode in Gen.Elements(Modes)
        from dnsMode in Gen.Elements(RemediationMode.Alert, RemediationMode.DryRun, RemediationMode.Remediate)
        from publicPolicy in Gen.Elements(PublicIpPolicy.Forbidden, PublicIpPolicy.Any)
        select IisSpec.Create(new RemediationSpec(RemediationMode.Alert, sgMode, eniMode, dnsMode)) is var spec
            ? spec with
            {
                Spec = spec.Spec with
                {
                    SecurityGroups = spec.Spec.SecurityGroups! with { Match = match, Ids = [.. ids], RequiredIngress = [IisSpec.HttpFromAlb with { Group = ids[0] }] },
                    Eni = spec.Spec.Eni! with { PublicIp = publicPolicy },
                    Dns = spec.Spec.Dns! with { PrivateDnsName = PrivateDnsNamePolicy.Any },
                },
            }
            : spec;

    private static Gen<(int Group, IngressPermission Permission)> RuleGen() =>
        from groupIndex in Gen.Choose(0, Groups.Length - 1)
        from protocol in Gen.Elements("tcp", "udp", "-1", "icmp")
        from start in Gen.Elements(22, 80, 3000, 3389, 5985, 5986)
        from width in Gen.Elements(0, 1, 1000)
        from cidr in Gen.Elements(Cidrs)
        select (groupIndex, new IngressPermission(IpProtocol.Parse(protocol), new PortRange(start, Math.Min(65535, start + width)), RuleSource.FromCidr(Cidr.Parse(cidr))));

    private static Gen<string[]> NonEmptySubset(string[] items) =>
        Gen.SubListOf(items).Where(l => l.Count > 0).Select(l => l.ToArray());
}
