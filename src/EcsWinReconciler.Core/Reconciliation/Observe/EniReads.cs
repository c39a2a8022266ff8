using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Reads a batch's task ENIs: by host where <see cref="EniReadPlan"/> says that takes no more calls, the rest by id. Every
/// ENI a host read returns is kept for the rest of the run (<see cref="RunMemory.EnisOnHostsRead"/>): a sweep's batches are
/// stretches of the task ARN circle (<see cref="SweepOrder"/>), so each spans most of the fleet's hosts, and the first
/// batch's host read already holds the ENIs of the later batches' tasks. At 10,000 tasks on 770 hosts that is about a dozen
/// pages for the whole sweep where by id it is fifty calls. A run's reads are its observation, as its one read of a VPC or a
/// group is; the next run reads again.
/// </summary>
internal static class EniReads
{
    public static async Task<EniBatch> ReadAsync(INetworkObserver network, IReadOnlyList<TaskContext> contexts, RunMemory memory, CancellationToken cancellationToken)
    {
        var tasks = contexts
            .Select(c => (EniId: c.Task!.EniAttachment?.NetworkInterfaceId, Host: c.ContainerInstance?.Ec2InstanceId))
            .Where(t => t.EniId is not null)
            .Select(t => (EniId: t.EniId!, t.Host))
            .ToList();
        var plan = EniReadPlan.For(tasks.Where(t => t.Host is null || !memory.HostsRead.Contains(t.Host)));
        if (plan.Hosts.Count > 0)
        {
            foreach (var eni in await network.DescribeEnisOnHostsAsync(plan.Hosts, cancellationToken).ConfigureAwait(false))
            {
                memory.EnisOnHostsRead[eni.Id] = eni;
            }

            memory.HostsRead.UnionWith(plan.Hosts);
        }

        var found = new Dictionary<string, ObservedEni>(StringComparer.Ordinal);
        // Each task is judged once per run: its ENI leaves the run's memory as its batch takes it.
        foreach (var (id, _) in tasks)
        {
            if (memory.EnisOnHostsRead.Remove(id, out var eni))
            {
                found[id] = eni;
            }
        }

        // Whatever the hosts did not show is asked for by id: tasks of unknown hosts, ENIs gone or attached elsewhere.
        var byId = tasks.Select(t => t.EniId).Where(id => !found.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (byId.Count == 0)
        {
            return new EniBatch(found, new HashSet<string>(StringComparer.Ordinal));
        }

        var read = await network.DescribeEnisAsync(byId, cancellationToken).ConfigureAwait(false);
        foreach (var (id, eni) in read.Found)
        {
            found[id] = eni;
        }

        return new EniBatch(found, read.Gone);
    }
}
