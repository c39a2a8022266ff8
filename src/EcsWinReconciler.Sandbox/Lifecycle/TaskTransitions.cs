using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>
/// Moves a task one status along its lifecycle and emits an event for every change (see <see cref="EcsTask"/>).
/// </summary>
internal static class TaskTransitions
{
    /// <summary>The attach-timeout reason the agent reports (amazon-ecs-agent#4825, docs/FACTS.md §3.3).</summary>
    public const string EniTimeoutReason = "Timeout waiting for network interface provisioning to complete.";

    /// <summary>One step; false when the task is where it wants to be.</summary>
    public static bool Advance(SandboxWorld world, EcsTask task)
    {
        var stopping = task.DesiredStatus == TaskStatuses.Stopped;
        switch (task.LastStatus)
        {
            case TaskStatuses.Provisioning when stopping:
            case TaskStatuses.Pending when stopping:
            case TaskStatuses.Running when stopping:
                Deprovision(world, task, AttachmentStatus.Detaching);
                return true;
            case TaskStatuses.Provisioning:
                Attach(world, task);
                return true;
            case TaskStatuses.Pending:
                Start(world, task);
                return true;
            case TaskStatuses.Deprovisioning:
                Stop(world, task);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Sets desiredStatus STOPPED with the code and reason (StopTask, the service scheduler); one event.</summary>
    public static bool RequestStop(SandboxWorld world, EcsTask task, string stopCode, string reason)
    {
        if (task.DesiredStatus == TaskStatuses.Stopped)
        {
            return false;
        }

        task.DesiredStatus = TaskStatuses.Stopped;
        task.StopCode = stopCode;
        task.StoppedReason = reason;
        task.StoppingAt = world.Now;
        TaskEvents.Changed(world, task);
        return true;
    }

    private static void Attach(SandboxWorld world, EcsTask task)
    {
        var eni = world.NetworkInterfaces.GetValueOrDefault(task.Eni!.NetworkInterfaceId!);
        var host = world.ContainerInstances[task.ContainerInstanceArn];
        if (eni is null || !EniProvisioner.TryAttach(world, eni, host.Ec2InstanceId))
        {
            // No free slot on the host (ENIs attached by hand count here, not in ECS's placement): the attach
            // times out and the task never starts (docs/FACTS.md §1.3).
            task.DesiredStatus = TaskStatuses.Stopped;
            task.StopCode = StopCodes.TaskFailedToStart;
            task.StoppedReason = EniTimeoutReason;
            task.StoppingAt = world.Now;
            Deprovision(world, task, AttachmentStatus.Failed);
            return;
        }

        var vpc = world.Vpcs[eni.VpcId];
        task.Eni.Status = AttachmentStatus.Attached;
        task.Eni.MacAddress = eni.MacAddress;
        task.Eni.PrivateIpv4Address = eni.PrivateIpAddress;
        task.Eni.PrivateDnsName = vpc.GivesTaskHostnames ? eni.PrivateDnsName : null;
        task.LastStatus = TaskStatuses.Pending;
        task.PullStartedAt = world.Now;
        TaskEvents.Changed(world, task);
    }

    private static void Start(SandboxWorld world, EcsTask task)
    {
        task.PullStoppedAt = world.Now;
        task.ConnectivityAt = world.Now;
        task.StartedAt = world.Now;
        task.LastStatus = TaskStatuses.Running;
        TaskEvents.Changed(world, task);
    }

    private static void Deprovision(SandboxWorld world, EcsTask task, string attachmentStatus)
    {
        task.Eni!.Status = attachmentStatus;
        task.ExecutionStoppedAt ??= world.Now;
        task.LastStatus = TaskStatuses.Deprovisioning;
        TaskEvents.Changed(world, task);
    }

    private static void Stop(SandboxWorld world, EcsTask task)
    {
        EniProvisioner.Delete(world, task.Eni!.NetworkInterfaceId);
        task.Eni.Status = AttachmentStatus.Deleted;
        task.StoppedAt = world.Now;
        task.LastStatus = TaskStatuses.Stopped;
        TaskEvents.Changed(world, task);
    }
}
