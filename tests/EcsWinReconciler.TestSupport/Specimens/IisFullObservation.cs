using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.TestSupport.Specimens;

/// <summary>
/// The IIS task as a production reconcile observes it since issue 12: its subnet with free addresses, network ACL and routes,
/// its container instance, an egress rule, DHCP naming two domain controllers reached over a transit gateway, and a spec that
/// declares them — so every check runs, the DNS and Active Directory paths traced hop by hop. Healthy: nothing to find.
/// </summary>
public static class IisFullObservation
{
    public const string Dc1 = "10.0.0.10";
    public const string Dc2 = "10.0.1.10";

    public static TaskNetworkSpec Spec()
    {
        var spec = IisSpec.Create();
        var body = spec.Spec with { Dns = spec.Spec.Dns! with { Servers = [Dc1, Dc2] }, ActiveDirectory = new ActiveDirectorySpec([Dc1, Dc2]) };
        return spec with { Spec = body };
    }

    public static TaskObservation Healthy()
    {
        var healthy = IisObservation.Healthy();
        var any = Cidr.AnyIPv4;
        var subnet = new SubnetObservation(Ids.SubnetA, Ids.VpcId, Cidr.Parse("10.20.3.0/24"), 200)
        {
            Acl = new NetworkAcl("acl-0a1b2c3d4e5f60718",
            [
                new NaclEntry(100, true, IpProtocol.All, PortRange.All, any, true),
                new NaclEntry(100, false, IpProtocol.All, PortRange.All, any, true),
            ]),
            Routes = new RouteTable("rtb-0a1b2c3d4e5f60718",
                [new RouteEntry(Cidr.Parse("10.20.0.0/16"), RouteEntry.Local), new RouteEntry(Cidr.Parse("10.0.0.0/16"), "tgw-0123456789abcdef0")]),
            VpcBlock = Cidr.Parse("10.20.0.0/16"),
        };
        var allOut = new ObservedIngressRule("sgr-0out", Ids.WebGroup, new IngressPermission(IpProtocol.All, PortRange.All, RuleSource.FromCidr(any)));
        return healthy with
        {
            SecurityGroups = [IisObservation.WebGroup() with { Egress = [allOut] }],
            Vpc = healthy.Vpc! with { Dhcp = new DhcpOptionsObservation(Ids.DhcpOptionsId, [Dc1, Dc2], ["corp.example.com"]) },
            Subnets = [subnet],
            ContainerInstance = new ContainerInstanceInfo(Ids.ContainerInstanceArn, Ids.InstanceId,
                [new("ecs.capability.task-eni", ""), new("ecs.os-type", "windows"), new("ecs.os-family", "WINDOWS_SERVER_2022_CORE")])
            {
                AgentConnected = true,
                AgentVersion = "1.87.0",
            },
            ResolverRules = [],
        };
    }
}
