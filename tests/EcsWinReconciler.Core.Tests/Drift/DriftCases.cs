using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;
using static EcsWinReconciler.Core.Tests.Drift.DriftScenarios;

namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>Named cases of one drift each: the spec, what was observed and when.</summary>
internal static class DriftCases
{
    public static readonly IReadOnlyDictionary<string, Func<(TaskNetworkSpec Spec, TaskObservation Observed, DriftContext? Context)>> All =
        new Dictionary<string, Func<(TaskNetworkSpec, TaskObservation, DriftContext?)>>(StringComparer.Ordinal)
        {
            ["eni: no attachment"] = () => (Spec(), Healthy with { EniLookup = EniLookup.NoAttachment, Eni = null }, null),
            ["eni: no interface id"] = () => (Spec(), Healthy with { EniLookup = EniLookup.NoInterfaceId, Eni = null }, null),
            ["eni: gone"] = () => (Spec(), Healthy with { EniLookup = EniLookup.Gone, Eni = null }, null),
            ["eni: found but not observed"] = () => (Spec(), Healthy with { Eni = null }, null),
            ["eni: detached"] = () => (Spec(), Healthy with { Eni = Eni with { Status = "available", Attachment = null } }, null),
            ["eni: attaching"] = () => (Spec(), Healthy with { Eni = Eni with { Attachment = Eni.Attachment! with { Status = "attaching" } } }, null),
            ["eni: no private ipv4"] = () => (Spec(), Healthy with { Eni = Eni with { PrivateIpv4Address = null } }, null),
            ["eni: other private ipv4"] = () => (Spec(), Healthy with { Eni = Eni with { PrivateIpv4Address = "10.20.3.99" } }, null),
            ["eni: foreign description"] = () => (Spec(), Healthy with { Eni = Eni with { Description = "Primary network interface" } }, null),
            ["eni: no description"] = () => (Spec(), Healthy with { Eni = Eni with { Description = null } }, null),
            ["eni: task arn that is no arn, foreign description"] = () => (Spec(), Healthy with { Task = IisObservation.Task() with { TaskArn = "0a1b2c3d4e5f60718293a4b5c6d7e8f9" }, Eni = Eni with { Description = "Primary network interface" } }, null),
            ["eni: wrong subnet"] = () => (Spec(), Healthy with { Eni = Eni with { SubnetId = Ids.SubnetOther } }, null),
            ["eni: public ip forbidden"] = () => (Spec(), Healthy with { Eni = Eni with { PublicIp = "54.0.0.1" } }, null),
            ["eni: public ip required"] = () => (Spec(b => b with { Eni = b.Eni! with { PublicIp = PublicIpPolicy.Required } }), Healthy, null),
            ["dns: support off"] = () => (Spec(), Healthy with { Vpc = IisObservation.Vpc(support: false) }, null),
            ["dns: hostnames off"] = () => (Spec(), Healthy with { Vpc = IisObservation.Vpc(hostnames: false) }, null),
            ["dns: hostnames on, wanted off"] = () => (Spec(b => b with { Dns = b.Dns! with { VpcDnsHostnames = false } }), Healthy, null),
            ["dns: no name, attributes on"] = () => (Spec(), WithoutDnsName(), null),
            ["dns: no name, support off"] = () => (Spec(), WithoutDnsName() with { Vpc = IisObservation.Vpc(support: false, hostnames: false) }, null),
            ["dns: no name, hostnames off"] = () => (Spec(), WithoutDnsName() with { Vpc = IisObservation.Vpc(hostnames: false) }, null),
            ["dns: no name, support off but not wanted"] = () => (Spec(b => b with { Dns = b.Dns! with { VpcDnsSupport = null } }), WithoutDnsName() with { Vpc = IisObservation.Vpc(support: false) }, null),
            ["dhcp: wrong servers"] = () => (Spec(b => b with { Dns = b.Dns! with { Servers = ["10.0.0.10", "10.0.1.10"] } }), WithDhcp(["AmazonProvidedDNS", "10.0.0.10"], ["corp.example.com"]), null),
            ["dhcp: two domain names"] = () => (Spec(), WithDhcp(["AmazonProvidedDNS"], ["corp.example.com", "example.com"]), null),
            ["dhcp: other domain name"] = () => (Spec(), WithDhcp(["AmazonProvidedDNS"], ["example.org"]), null),
            ["dhcp: no domain name"] = () => (Spec(), WithDhcp(["AmazonProvidedDNS"], []), null),
            ["capacity: host full"] = () => (Spec(), Healthy with { Host = IisObservation.Host(3) }, null),
            ["sg: wrong set, exact"] = () => (Spec(), Healthy with { Eni = Eni with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] }, SecurityGroups = [IisObservation.WebGroup(), new(Ids.OtherGroup, null, Ids.VpcId, [])] }, null),
            ["sg: missing group, superset"] = () => (Spec(b => b with { SecurityGroups = b.SecurityGroups! with { Match = GroupMatch.Superset, Ids = [Ids.WebGroup, Ids.AlbGroup] } }), Healthy with { Eni = Eni with { GroupIds = [Ids.OtherGroup, Ids.WebGroup] }, SecurityGroups = [IisObservation.WebGroup(), new(Ids.OtherGroup, null, Ids.VpcId, [])] }, null),
            ["sg: rdp from the world"] = () => (Spec(), Healthy with { SecurityGroups = [IisObservation.WebGroup(Rule("sgr-0000000000000000a", "tcp", 3389, 3389, "0.0.0.0/0"))] }, null),
            ["sg: rdp from a range, reach unknown"] = () => (Spec(b => b with { SecurityGroups = b.SecurityGroups! with { ForbiddenIngress = [IisSpec.Rule("tcp", 3389, 3389, "10.0.0.0/8")] } }), Healthy with { SecurityGroups = [IisObservation.WebGroup(Rule("sgr-0000000000000000a", "tcp", 3000, 4000, "10.0.0.0/8"))], GroupEniCounts = [] }, null),
            ["sg: the only rule is the only one forbidden"] = () => (Spec(b => b with { SecurityGroups = b.SecurityGroups! with { ForbiddenIngress = [IisSpec.RdpFromWorld], RequiredIngress = [] } }), Healthy with { SecurityGroups = [new(Ids.WebGroup, "iis-web", Ids.VpcId, [IisObservation.RdpFromWorldRule])] }, null),
            ["sg: required rule missing"] = () => (Spec(), Healthy with { SecurityGroups = [new(Ids.WebGroup, "iis-web", Ids.VpcId, [])] }, null),
            ["sg: required rule's group not on the eni"] = () => (Spec(b => b with { SecurityGroups = b.SecurityGroups! with { Match = GroupMatch.Superset, RequiredIngress = [IisSpec.HttpFromAlb with { Group = Ids.OtherGroup }] } }), Healthy with { SecurityGroups = [new(Ids.WebGroup, "iis-web", Ids.VpcId, [])] }, null),
            ["sg: required rule, no group anywhere"] = () => (Spec(b => b with { SecurityGroups = b.SecurityGroups! with { Match = GroupMatch.Superset, Ids = [], RequiredIngress = [IisSpec.HttpFromAlb with { Group = null }] } }), Healthy with { SecurityGroups = [new(Ids.WebGroup, "iis-web", Ids.VpcId, [])] }, null),
            ["service: rollout stuck"] = () => (Spec(), Healthy with { Service = IisObservation.Service() with { Rollout = Rollout(ServiceRollout.InProgress, TimeSpan.FromMinutes(31)) } }, null),
            ["service: rollout just under the limit"] = () => (Spec(), Healthy with { Service = IisObservation.Service() with { Rollout = Rollout(ServiceRollout.InProgress, TimeSpan.FromMinutes(30) - TimeSpan.FromTicks(1)) } }, null),
            ["service: rollout exactly at the limit"] = () => (Spec(), Healthy with { Service = IisObservation.Service() with { Rollout = Rollout(ServiceRollout.InProgress, TimeSpan.FromMinutes(30)) } }, null),
            ["service: rollout failed, ENI placement"] = () => (Spec(), Healthy with { Service = IisObservation.Service() with { Rollout = Rollout(ServiceRollout.Failed, TimeSpan.FromMinutes(5), "tasks failed to start"), RecentEvents = [new(ObservedAt, "(service iis-webserver) was unable to place a task. Reason: RESOURCE:ENI"), new(ObservedAt, "older")] }, Host = IisObservation.Host(3) }, null),
            ["service: rollout stuck, host full"] = () => (Spec(), Healthy with { Service = IisObservation.Service() with { Rollout = Rollout(ServiceRollout.InProgress, TimeSpan.FromMinutes(45)), RecentEvents = [new(ObservedAt, "has started 1 tasks")] }, Host = IisObservation.Host(3) }, null),
            ["service: rollout completed"] = () => (Spec(), Healthy with { Service = IisObservation.Service() with { Rollout = Rollout(ServiceRollout.Completed, TimeSpan.FromHours(3)) } }, null),
        };
}
