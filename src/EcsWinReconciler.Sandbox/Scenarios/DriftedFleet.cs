using System.Globalization;
using EcsWinReconciler.Sandbox.Ecs;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Scenarios.ScenarioIds;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// The scenario <c>drifted-fleet-N</c>: the IIS service grown to N tasks that started with a stray security group and a
/// subnet the sample spec does not allow — its awsvpcConfiguration is [<see cref="StraySubnet"/>, A, B] / [web, legacy],
/// so every task's ENI carries the legacy group and the tasks in us-east-1a sit in the stray subnet. The tasks are
/// started by the scheduler (events, service events). The added m5.24xlarge hosts (14 task ENIs each) hold a whole
/// second deployment, so a repair's rollout completes in one pass — unless it is stalled (<c>SandboxAdmin.StallRollout</c>).
/// </summary>
public static class DriftedFleet
{
    public const string NamePrefix = "drifted-fleet-";

    /// <summary>The /24 subnets hand out about 230 addresses: enough for the fleet, its repair and some task replacements.</summary>
    public const int MaxTasks = 100;

    public static AwsVpcConfiguration Network { get; } = new([StraySubnet, SubnetA, SubnetB], [WebGroup, LegacyGroup]);

    public static Scenario Create(int tasks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tasks);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tasks, MaxTasks);
        return new Scenario(
            NamePrefix + tasks.ToString(CultureInfo.InvariantCulture),
            $"The IIS service at {tasks} tasks started with the legacy group and the stray subnet {StraySubnet} in its awsvpcConfiguration, on {Hosts(tasks)} more {ScaleScenario.HostType.Name} hosts",
            BeforeStart: world => Grow(world, tasks));
    }

    /// <summary>Hosts for twice the tasks: the running deployment and a whole replacement beside it (maximumPercent 200).</summary>
    public static int Hosts(int tasks)
    {
        var slots = ScaleScenario.HostType.MaximumNetworkInterfaces - 1;
        return ((2 * tasks) + slots - 1) / slots;
    }

    private static void Grow(SandboxWorld world, int tasks)
    {
        VpcEdits.AddSubnet(world, new Subnet { Id = StraySubnet, VpcId = VpcId, CidrBlock = "10.0.2.0/24", AvailabilityZone = world.Zone('a') });
        world.InstanceTypes.TryAdd(ScaleScenario.HostType.Name, ScaleScenario.HostType);
        for (var i = 0; i < Hosts(tasks); i++)
        {
            WorldEdits.AddHost(world, new HostSpec(
                world.Ids.Resource("i"), world.Ids.Hex(32), i % 2 == 0 ? SubnetA : SubnetB, ScaleScenario.HostType.Name, "windows", "WINDOWS_SERVER_2022_CORE", "ami-0f1a2b3c4d5e6f789"));
        }

        // As the service was created with this configuration: one deployment, no earlier tasks.
        var service = world.Services.Values.First(s => s.Name == ServiceName);
        var definition = world.TaskDefinitions[service.TaskDefinitionArn];
        service.Deployments.Clear();
        ServiceHandlers.StartDeployment(world, service, definition, Network);
        service.DesiredCount = tasks;
    }
}
