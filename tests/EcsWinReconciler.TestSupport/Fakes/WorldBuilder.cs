using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.TestSupport.Fakes;

/// <summary>Seeds a <see cref="FakeAwsWorld"/> with the seed's IIS example, healthy, and adds tasks to it.</summary>
public static class WorldBuilder
{
    public static FakeAwsWorld Iis(int tasks = 1)
    {
        var world = new FakeAwsWorld();
        world.Definitions[Ids.TaskDefinitionArn] = new TaskDefinitionInfo(Ids.TaskDefinitionArn, Ids.Family, 1, "awsvpc", null);
        world.ContainerInstances[Ids.ContainerInstanceArn] = new ContainerInstanceInfo(
            Ids.ContainerInstanceArn, Ids.InstanceId, [new("ecs.os-type", "windows"), new("ecs.os-family", "WINDOWS_SERVER_2022_CORE"), new("ecs.capability.task-eni", "")])
        {
            AgentConnected = true,
            AgentVersion = "1.87.1",
        };
        world.Services[FakeAwsWorld.ServiceKey(Ids.ClusterArn, Ids.ServiceName)] = IisObservation.Service();
        world.Groups[Ids.WebGroup] = IisObservation.WebGroup();
        world.Groups[Ids.AlbGroup] = new ObservedSecurityGroup(Ids.AlbGroup, "alb", Ids.VpcId, []);
        world.Groups[Ids.OtherGroup] = new ObservedSecurityGroup(Ids.OtherGroup, "other", Ids.VpcId, []);
        world.Vpcs[Ids.VpcId] = IisObservation.Vpc();
        world.Hosts[Ids.InstanceId] = new HostEniCapacity(Ids.InstanceId, "m5.24xlarge", 15, 1);
        var first = IisObservation.Task();
        world.Tasks[first.TaskArn] = first;
        world.Enis[Ids.EniId] = IisObservation.Eni();
        for (var i = 1; i < tasks; i++)
        {
            var task = NewTask(world, $"arn:aws:ecs:us-east-1:111122223333:task/win-prod/{i:D32}", first, Ids.SubnetA, [Ids.WebGroup], i);
            world.Tasks[task.TaskArn] = task;
        }

        return world;
    }

    /// <summary>A RUNNING task like <paramref name="template"/>, with its own ENI in <paramref name="subnet"/> carrying <paramref name="groups"/>.</summary>
    public static ObservedTask NewTask(FakeAwsWorld world, string taskArn, ObservedTask template, string subnet, IEnumerable<string> groups, int n)
    {
        var eniId = $"eni-0{n:x16}";
        var attachmentId = $"{n:x8}-aaaa-bbbb-cccc-0123456789ab";
        var ip = $"10.20.{n / 250}.{(n % 250) + 2}";
        world.Enis[eniId] = IisObservation.Eni() with
        {
            Id = eniId,
            SubnetId = subnet,
            GroupIds = [.. groups],
            PrivateIpv4Address = ip,
            Description = $"arn:aws:ecs:us-east-1:111122223333:attachment/{attachmentId}",
        };
        var attachment = new TaskAttachment(attachmentId, "eni", "ATTACHED",
        [
            new("subnetId", subnet), new("networkInterfaceId", eniId), new("privateIPv4Address", ip),
            new("privateDnsName", $"ip-{ip.Replace('.', '-')}.ec2.internal"),
        ]);
        return template with { TaskArn = taskArn, LastStatus = TaskLifecycle.Running, DesiredStatus = TaskLifecycle.Running, Version = 1, Attachments = [attachment] };
    }

    /// <summary>Opens RDP to the world on the web group (the rule the spec forbids).</summary>
    public static void OpenRdpToTheWorld(this FakeAwsWorld world) =>
        world.Groups[Ids.WebGroup] = IisObservation.WebGroup(IisObservation.RdpFromWorldRule);

    public static bool WebGroupAllowsRdpFromWorld(this FakeAwsWorld world) =>
        world.Groups[Ids.WebGroup].Ingress.Any(r => r.Permission.Grants(IisSpec.RdpFromWorld.Permission) && r.Permission.Source.Cidr == Cidr.AnyIPv4);
}
