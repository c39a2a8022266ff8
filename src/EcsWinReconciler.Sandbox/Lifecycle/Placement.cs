using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>
/// Where ECS puts a new awsvpc task: an active host with a connected agent that advertises task networking, of the
/// right OS, in an Availability Zone that one of the configured subnets covers, with a free ENI slot as ECS counts
/// them — the primary ENI plus the ENIs ECS attached itself, not ENIs attached by hand (docs/FACTS.md §3.1). Fewest
/// tasks first, then registration order. A failure names the closest matching host, as ECS's service event does.
/// </summary>
internal static class Placement
{
    public const string NoEniSlot = "RESOURCE:ENI";
    public const string NoMatchingHost = "ATTRIBUTE";

    /// <param name="world">The account.</param>
    /// <param name="clusterName">The cluster to place in.</param>
    /// <param name="definition">The task definition (its OS decides the hosts).</param>
    /// <param name="network">The awsvpcConfiguration (its subnets decide the zones).</param>
    /// <param name="noFreeEniSlot">The rollout-stall fault: every host counts as full.</param>
    public static PlacementResult Choose(SandboxWorld world, string clusterName, TaskDefinition definition, AwsVpcConfiguration network, bool noFreeEniSlot = false)
    {
        var active = world.ContainerInstances.Values
            .Where(ci => ci.ClusterName == clusterName && ci.Status == "ACTIVE" && ci.AgentConnected)
            .ToList();
        var candidates = active
            .Where(ci => ci.OsType == definition.PlacementOsType)

            // An awsvpc task requires ecs.capability.task-eni (its requiresAttributes): hosts without it are not candidates.
            .Where(ci => definition.NetworkMode != "awsvpc" || ci.HasTaskEni)
            .Select(ci => (Host: ci, Subnet: SubnetFor(world, ci, network)))
            .Where(c => c.Subnet is not null)
            .Select(c => (c.Host, c.Subnet, Tasks: EcsEnis(world, c.Host)))
            .OrderBy(c => c.Tasks)
            .ToList();
        if (candidates.Count == 0)
        {
            return PlacementResult.Failed(NoMatchingHost, active.FirstOrDefault());
        }

        var withSlot = candidates.Where(c => !noFreeEniSlot && c.Tasks + 1 < MaxEnis(world, c.Host)).ToList();
        return withSlot.Count == 0
            ? PlacementResult.Failed(NoEniSlot, candidates[0].Host)
            : PlacementResult.Placed(withSlot[0].Host, withSlot[0].Subnet!);
    }

    /// <summary>The task ENIs ECS believes it holds on the host: tasks placed there that have not stopped.</summary>
    public static int EcsEnis(SandboxWorld world, ContainerInstance host) =>
        world.Tasks.Values.Count(t => t.ContainerInstanceArn == host.Arn && t.HoldsEni);

    private static int MaxEnis(SandboxWorld world, ContainerInstance host) =>
        world.InstanceTypes[world.Instances[host.Ec2InstanceId].InstanceType].MaximumNetworkInterfaces;

    private static Subnet? SubnetFor(SandboxWorld world, ContainerInstance host, AwsVpcConfiguration network)
    {
        var zone = world.Instances[host.Ec2InstanceId].AvailabilityZone;
        return network.Subnets
            .Select(id => world.Subnets.GetValueOrDefault(id))
            .FirstOrDefault(s => s is not null && s.AvailabilityZone == zone);
    }
}

/// <summary>
/// A placement: the host and the subnet (in the host's zone), or why there is none and the closest matching host
/// (null when the cluster has no active host at all).
/// </summary>
internal sealed record PlacementResult(ContainerInstance? Host, Subnet? Subnet, string? FailureReason, ContainerInstance? Closest)
{
    public static PlacementResult Placed(ContainerInstance host, Subnet subnet) => new(host, subnet, null, null);

    public static PlacementResult Failed(string reason, ContainerInstance? closest) => new(null, null, reason, closest);
}
