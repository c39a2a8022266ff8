using System.Globalization;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// <c>eni.subnet-capacity</c>: every subnet the spec allows keeps <c>eni.minFreeIps</c> free addresses (DescribeSubnets
/// <c>AvailableIpAddressCount</c>); by default the service's desired count — room for one more deployment at maximumPercent
/// 200 — and at least one. Each awsvpc task takes one address (docs/FACTS.md §6.5). Root: the subnet. Alert only.
/// </summary>
public static class SubnetCapacityChecks
{
    internal static void Collect(EniSpec? spec, TaskObservation observed, ref List<Finding>? findings)
    {
        if (spec is null || spec.Subnets.IsEmpty)
        {
            return;
        }

        // A healthy task (every subnet above the minimum) allocates nothing: the reason is written only for a finding.
        var (minimum, source) = Minimum(spec, observed);
        foreach (var subnetId in spec.Subnets)
        {
            if (observed.Subnet(subnetId) is not { } subnet || subnet.AvailableIpAddressCount >= minimum)
            {
                continue;
            }

            var why = Why(source, observed);
            FindingList.Add(ref findings, FindingFactory.Shared(
                observed, CheckIds.EniSubnetCapacity, FindingRoot.Subnet(subnet.SubnetId), Severity.Medium,
                $"at least {minimum.ToString(CultureInfo.InvariantCulture)} free addresses ({why})",
                $"{subnet.AvailableIpAddressCount.ToString(CultureInfo.InvariantCulture)} free",
                $"Subnet {subnet.SubnetId} has {subnet.AvailableIpAddressCount.ToString(CultureInfo.InvariantCulture)} free addresses and the spec wants {minimum.ToString(CultureInfo.InvariantCulture)} ({why}); " +
                "every awsvpc task takes one, so the next deployment may not place its tasks. Free addresses or add a subnet to the service."));
        }
    }

    private enum MinimumSource { Spec, DesiredCount, NextTask }

    private static (int Minimum, MinimumSource Source) Minimum(EniSpec spec, TaskObservation observed) =>
        spec.MinFreeIps is { } set ? (set, MinimumSource.Spec)
        : observed.Service?.Rollout is { DesiredCount: > 0 } rollout ? (rollout.DesiredCount, MinimumSource.DesiredCount)
        : (1, MinimumSource.NextTask);

    private static string Why(MinimumSource source, TaskObservation observed) => source switch
    {
        MinimumSource.Spec => "eni.minFreeIps",
        MinimumSource.DesiredCount => $"service {observed.Service?.ServiceName}'s desired count, room for one more deployment",
        _ => "at least one for the next task",
    };
}
