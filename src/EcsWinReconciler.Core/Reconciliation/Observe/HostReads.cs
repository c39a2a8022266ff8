using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Reads a batch's hosts' ENI capacity, each host once per run (<see cref="RunMemory.HostCapacities"/>). A host is a
/// shared thing: a sweep's batches span most of the fleet's hosts (<see cref="SweepOrder"/>), so without the run's memory
/// every batch after the adapter's short count cache expired asked again host by host (a 10,000-task first resync on 770
/// hosts that ran longer than that cache made 779 DescribeNetworkInterfaces calls instead of 16, docs/PERFORMANCE.md).
/// Every batch of the run judges a host against the same reading, as it does a VPC or a group's usage; the next run reads again.
/// </summary>
internal static class HostReads
{
    public static async Task<IReadOnlyDictionary<string, HostEniCapacity?>> ReadAsync(
        INetworkObserver network, IReadOnlyList<string> instanceIds, RunMemory memory, CancellationToken cancellationToken)
    {
        var capacities = new Dictionary<string, HostEniCapacity?>(StringComparer.Ordinal);
        foreach (var id in instanceIds)
        {
            if (!memory.HostCapacities.TryGetValue(id, out var capacity))
            {
                // One host per call: the adapter loads the hosts it expects with the first one (HostReadAhead), so the
                // rest of a batch's hosts are answered from its cache.
                capacity = await network.DescribeHostCapacityAsync(id, cancellationToken).ConfigureAwait(false);
                memory.HostCapacities[id] = capacity;
            }

            capacities[id] = capacity;
        }

        return capacities;
    }
}
