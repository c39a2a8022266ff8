using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.TestSupport.Specimens;

/// <summary>
/// The seed's IIS task (family iis-webserver, awsvpc, port 80), RUNNING and healthy: the baseline every check
/// test changes one thing in. Its task definition has no runtimePlatform, so Windows comes from the host.
/// </summary>
public static class IisObservation
{
    public static TaskAttachment Attachment(string? eniId = Ids.EniId) => new(
        Ids.AttachmentId, "eni", "ATTACHED",
        [
            new("subnetId", Ids.SubnetA),
            .. eniId is null ? Array.Empty<KeyValuePair<string, string>>() : [new("networkInterfaceId", eniId)],
            new("macAddress", "02:1a:2b:3c:4d:5e"),
            new("privateDnsName", Ids.PrivateDnsName),
            new("privateIPv4Address", Ids.PrivateIp),
        ]);

    public static ObservedTask Task(string lastStatus = TaskLifecycle.Running, long version = 5) => new(
        Ids.TaskArn, Ids.ClusterArn, Ids.TaskDefinitionArn, $"service:{Ids.ServiceName}", "ecs-svc/1234567890123456789",
        lastStatus, lastStatus == TaskLifecycle.Stopped ? TaskLifecycle.Stopped : TaskLifecycle.Running, version,
        Ids.ContainerInstanceArn, "EC2", [Attachment()]);

    public static TaskPlatform WindowsFromHost { get; } =
        TaskPlatform.From(null, TaskPlatform.Awsvpc, new Dictionary<string, string> { ["ecs.os-type"] = "windows", ["ecs.os-family"] = "WINDOWS_SERVER_2022_CORE" });

    public static ObservedEni Eni() => new(
        Ids.EniId, ObservedEni.InUse, new EniAttachmentState("eni-attach-0a1b2c3d4e5f60718", Ids.InstanceId, 1, EniAttachmentState.Attached),
        Ids.SubnetA, Ids.VpcId, Ids.PrivateIp, Ids.PrivateDnsName, null, [Ids.WebGroup], Ids.AttachmentArn, "interface");

    public static ObservedIngressRule HttpFromAlbRule { get; } =
        new("sgr-0aaaaaaaaaaaaaaa1", Ids.WebGroup, new IngressPermission(IpProtocol.Tcp, PortRange.Single(80), RuleSource.FromGroup(Ids.AlbGroup)));

    public static ObservedIngressRule RdpFromWorldRule { get; } =
        new("sgr-0bbbbbbbbbbbbbbb2", Ids.WebGroup, new IngressPermission(IpProtocol.Tcp, PortRange.Single(3389), RuleSource.FromCidr(Cidr.AnyIPv4)));

    public static ObservedSecurityGroup WebGroup(params ObservedIngressRule[] extra) =>
        new(Ids.WebGroup, "iis-web", Ids.VpcId, [HttpFromAlbRule, .. extra]);

    public static VpcDnsObservation Vpc(bool support = true, bool hostnames = true) =>
        new(Ids.VpcId, support, hostnames, new DhcpOptionsObservation(Ids.DhcpOptionsId, ["AmazonProvidedDNS"], ["corp.example.com"]));

    public static HostEniCapacity Host(int attached = 2) => new(Ids.InstanceId, "m5.large", 3, attached);

    public static ObservedService Service() =>
        new(Ids.ServiceArn, Ids.ServiceName, Ids.ClusterArn, [Ids.SubnetA, Ids.SubnetB], [Ids.WebGroup], false);

    public static TaskObservation Healthy() => new(
        Task(), WindowsFromHost, EniLookup.Found, Eni(), [WebGroup()], Vpc(), Host(), Service(), [new(Ids.WebGroup, 3)]);
}
