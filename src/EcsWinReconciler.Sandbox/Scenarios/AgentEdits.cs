using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// What happens to an ECS agent on a host: it disconnects (crashed, or the host lost its way to ECS), it is an older version
/// (an old AMI), or it stops advertising task networking (started without -EnableTaskENI). Running tasks keep running; ECS
/// places no new task on a disconnected host, nor an awsvpc task on one without <c>ecs.capability.task-eni</c>.
/// Containers instances are named by id (the ARN's last segment) or ARN.
/// </summary>
public static class AgentEdits
{
    public static void Disconnect(SandboxWorld world, string containerInstance, bool connected = false) =>
        Find(world, containerInstance).AgentConnected = connected;

    public static void SetAgentVersion(SandboxWorld world, string containerInstance, string version) =>
        Find(world, containerInstance).AgentVersion = version;

    public static bool DropAttribute(SandboxWorld world, string containerInstance, string attribute)
    {
        var instance = Find(world, containerInstance);
        var removed = instance.Attributes.RemoveAll(a => a.Key == attribute) > 0;
        instance.Version++;
        return removed;
    }

    private static ContainerInstance Find(SandboxWorld world, string idOrArn)
    {
        ArgumentNullException.ThrowIfNull(world);
        return world.ContainerInstances.GetValueOrDefault(idOrArn)
               ?? world.ContainerInstances.Values.FirstOrDefault(c => c.Id == idOrArn)
               ?? throw new KeyNotFoundException($"no container instance '{idOrArn}'");
    }
}
