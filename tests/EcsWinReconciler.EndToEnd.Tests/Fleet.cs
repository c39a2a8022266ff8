using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>Grows the sandbox's IIS service to many tasks: more Windows hosts with room for 14 task ENIs each (m5.24xlarge).</summary>
internal static class Fleet
{
    private static readonly InstanceTypeInfo Large = new("m5.24xlarge", 15, 50, 96, 393216, "25 Gigabit");

    public static IReadOnlyList<string> GrowIis(SandboxHost sandbox, int tasks)
    {
        sandbox.State.Write(world =>
        {
            world.InstanceTypes.TryAdd(Large.Name, Large);
            for (var host = 0; host < (tasks + 13) / 14; host++)
            {
                var subnet = host % 2 == 0 ? ScenarioIds.SubnetA : ScenarioIds.SubnetB;
                WorldEdits.AddHost(world, new HostSpec($"i-0f{host:x15}", $"f{host:x31}", subnet, Large.Name, "windows", "WINDOWS_SERVER_2022_CORE", "ami-0f1a2b3c4d5e6f789"));
            }

            world.Services.Values.Single(s => s.Name == ScenarioIds.ServiceName).DesiredCount = tasks;
        });
        sandbox.Admin.Settle();
        return RunningIisTasks(sandbox);
    }

    public static IReadOnlyList<string> RunningIisTasks(SandboxHost sandbox) =>
        sandbox.State.Read(w => w.Tasks.Values.Where(t => t.LastStatus == "RUNNING" && t.ServiceName == ScenarioIds.ServiceName).Select(t => t.Arn).ToList());

    /// <summary>Every running IIS task's ENI also carries the legacy group while the service is right: each task needs its own replacement.</summary>
    public static void AddLegacyGroupToEveryTaskEni(SandboxHost sandbox) =>
        sandbox.State.Write(world =>
        {
            foreach (var task in world.Tasks.Values.Where(t => t.LastStatus == "RUNNING" && t.Eni?.NetworkInterfaceId is not null))
            {
                world.NetworkInterfaces[task.Eni!.NetworkInterfaceId!].GroupIds.Add(ScenarioIds.LegacyGroup);
            }
        });
}
