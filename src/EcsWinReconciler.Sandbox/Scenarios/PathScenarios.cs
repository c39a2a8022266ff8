using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Scenarios.ScenarioIds;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>The changes of the path and readiness scenarios (issue 12): what breaks DNS, Active Directory, address headroom or a host.</summary>
internal static class PathScenarios
{
    /// <summary>
    /// Both subnets get an ACL copied from a Linux template: inbound HTTP from the VPC and the return ports 32768–60999
    /// (Linux' ephemeral range), outbound everything. Windows takes its reply ports from 49152–65535, so every DNS and
    /// domain reply above 60999 is dropped on the way back in.
    /// </summary>
    public static void NaclBlocksDns(SandboxWorld world)
    {
        PathEdits.AddAcl(world, LinuxEphemeralAcl, VpcId);
        PathEdits.SetAclEntry(world, LinuxEphemeralAcl, new NetworkAclEntry(100, false, NetworkAclEntry.Tcp, NetworkAclEntry.Allow, VpcCidr, 80, 80));
        PathEdits.SetAclEntry(world, LinuxEphemeralAcl, new NetworkAclEntry(110, false, NetworkAclEntry.Tcp, NetworkAclEntry.Allow, "0.0.0.0/0", 32768, 60999));
        PathEdits.SetAclEntry(world, LinuxEphemeralAcl, new NetworkAclEntry(120, false, NetworkAclEntry.Udp, NetworkAclEntry.Allow, "0.0.0.0/0", 32768, 60999));
        PathEdits.SetAclEntry(world, LinuxEphemeralAcl, new NetworkAclEntry(100, true, NetworkAclEntry.AllProtocols, NetworkAclEntry.Allow, "0.0.0.0/0"));
        PathEdits.AssociateAcl(world, LinuxEphemeralAcl, SubnetA);
        PathEdits.AssociateAcl(world, LinuxEphemeralAcl, SubnetB);
    }

    /// <summary>
    /// The IIS task definition asks for gMSA (<c>credentialSpecs</c>), and the tasks' group egress was locked down to HTTPS
    /// and DNS inside the VPC: names resolve, but Kerberos, LDAP, SMB and RPC to the domain controllers are dropped.
    /// </summary>
    public static void AdUnreachable(SandboxWorld world)
    {
        var definition = world.TaskDefinitions.Values.First(d => d.Family == Family);
        foreach (var container in definition.ContainerDefinitions.OfType<JsonObject>())
        {
            container["credentialSpecs"] = new JsonArray($"credentialspec:arn:aws:ssm:{world.Region}:{world.AccountId}:parameter/iis-webserver/gmsa-credspec");
        }

        PathEdits.RevokeAllEgress(world, WebGroup);
        PathEdits.AddEgress(world, WebGroup, 443, 443, "0.0.0.0/0", description: "HTTPS out");
        PathEdits.AddEgress(world, WebGroup, 53, 53, VpcCidr, "udp", "DNS to the domain controllers");
        PathEdits.AddEgress(world, WebGroup, 53, 53, VpcCidr, "tcp", "DNS to the domain controllers");
    }

    /// <summary>
    /// The VPC's DHCP options give AmazonProvidedDNS, and the FORWARD rule for corp.example.com (through an outbound endpoint
    /// in our VPC, to the domain controllers) is associated with the shared-services VPC only: our VPC's resolver does not
    /// forward the domain.
    /// </summary>
    public static void ResolverRuleMissing(SandboxWorld world)
    {
        world.Vpcs[VpcId].DhcpOptionsId = AmazonDnsDhcpOptions;
        VpcEdits.AddVpc(world, new Vpc { Id = SharedServicesVpcId, CidrBlock = SharedServicesVpcCidr, EnableDnsSupport = true, EnableDnsHostnames = true });
        WorldEdits.AddGroup(world, ResolverGroup, "resolver-outbound", "Route 53 Resolver outbound endpoint");
        ResolverEdits.AddOutboundEndpoint(world, ResolverOutboundEndpoint, VpcId, ResolverGroup);
        ResolverEdits.AddForwardRule(world, ResolverForwardRule, DomainName, ResolverOutboundEndpoint, DomainControllerA, DomainControllerB);
        ResolverEdits.Associate(world, "rslvr-rrassoc-0c3d4e5f6a7b8c9d0", ResolverForwardRule, SharedServicesVpcId);
    }

    /// <summary>Subnet A has no free address left (other workloads took them): the next task there cannot get one.</summary>
    public static void SubnetExhausted(SandboxWorld world) => PathEdits.SetFreeAddresses(world, SubnetA, 0);

    /// <summary>Host A's ECS agent has disconnected since its tasks started (they keep running; nothing new is placed there).</summary>
    public static void AgentNotAwsvpcReady(SandboxWorld world) => AgentEdits.Disconnect(world, ContainerInstanceA);
}
