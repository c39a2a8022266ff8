using System.Globalization;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>Fills the sandbox past a page so the adapters follow NextToken: EC2 pages hold 1000 items, ECS ListTasks 100.</summary>
internal static class WorldPadding
{
    /// <summary>Adds <paramref name="count"/> unattached ENIs in the web group (the 1000-per-page DescribeNetworkInterfaces).</summary>
    public static void AddWebGroupEnis(SandboxState state, int count) => state.Write(w =>
    {
        for (var i = 0; i < count; i++)
        {
            var id = "eni-" + (0xE0000000000000 + i).ToString("x17", CultureInfo.InvariantCulture);
            w.NetworkInterfaces[id] = new NetworkInterface
            {
                Id = id,
                SubnetId = ScenarioIds.SubnetA,
                VpcId = ScenarioIds.VpcId,
                AvailabilityZone = ScenarioIds.ZoneA,
                PrivateIpAddress = $"10.0.{100 + (i / 250)}.{1 + (i % 250)}",
                MacAddress = $"0e:00:00:00:{i / 256:x2}:{i % 256:x2}",
                PrivateDnsName = $"ip-10-0-{100 + (i / 250)}-{1 + (i % 250)}.ec2.internal",
                GroupIds = [ScenarioIds.WebGroup],
            };
        }
    });

    /// <summary>Adds <paramref name="count"/> running standalone tasks copied from a running IIS task (the 100-per-page ListTasks).</summary>
    public static void AddRunningIisTasks(SandboxState state, int count) => state.Write(w =>
    {
        var model = w.Tasks.Values.First(t => t.ServiceName == ScenarioIds.ServiceName && !t.IsStopped);
        for (var i = 0; i < count; i++)
        {
            var id = (0xA000000 + i).ToString("x32", CultureInfo.InvariantCulture);
            var arn = w.EcsArn($"task/{model.ClusterName}/{id}");
            w.Tasks[arn] = new EcsTask
            {
                Id = id,
                Arn = arn,
                ClusterName = model.ClusterName,
                TaskDefinitionArn = model.TaskDefinitionArn,
                ContainerInstanceArn = model.ContainerInstanceArn,
                AvailabilityZone = model.AvailabilityZone,
                Group = "family:" + ScenarioIds.Family,
                CreatedAt = model.CreatedAt,
                LastStatus = model.LastStatus,
                DesiredStatus = model.DesiredStatus,
            };
        }
    });
}
