using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Drift;

/// <summary>ENI capacity of the task's host: Windows has no ENI trunking, so a full host places no more awsvpc tasks.</summary>
public static class CapacityChecks
{
    public static IEnumerable<Finding> Evaluate(TaskObservation observed)
    {
        List<Finding>? findings = null;
        Collect(observed, ref findings);
        return FindingList.OrEmpty(findings);
    }

    internal static void Collect(TaskObservation observed, ref List<Finding>? findings)
    {
        if (observed.Host is not { Free: 0 } host)
        {
            return;
        }

        FindingList.Add(ref findings, FindingFactory.Shared(
            observed, CheckIds.HostEniCapacity, FindingRoot.Host(host.InstanceId), Severity.Low, "a free ENI slot for the next task",
            $"{host.AttachedInterfaces} of {host.MaxInterfaces} ENIs in use",
            $"Host {host.InstanceId} ({host.InstanceType}) uses all {host.MaxInterfaces} ENIs (the primary one included): no further awsvpc task can be placed on it " +
            "(Windows has no ENI trunking; placement fails with RESOURCE:ENI). Add hosts or use an instance type with more ENIs."));
    }
}
