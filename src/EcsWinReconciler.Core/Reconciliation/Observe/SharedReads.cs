using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The reads only some findings need, made once per run for the whole batch: each service (its awsvpcConfiguration and
/// rollout) that a finding or an alert link is rooted at — in a sweep, every service — and how many ENIs use each group
/// with a forbidden rule (how far a revoke reaches). A failed service read fails that service's tasks; a failed count only makes a message vaguer.
/// </summary>
internal sealed class SharedReads(ITaskSource tasks, INetworkObserver network, ILogger logger)
{
    public async Task EnrichAsync(IReadOnlyList<TaskContext> judged, RunMemory memory, CancellationToken cancellationToken)
    {
        await ReadServicesAsync(judged.Where(c => NeedsService(c, memory)).ToList(), memory, cancellationToken).ConfigureAwait(false);
        await CountGroupUseAsync(judged, memory, cancellationToken).ConfigureAwait(false);
        foreach (var context in judged.Where(c => c.Finished is null))
        {
            var observed = context.Observation!;
            var service = context.Task!.ServiceName is { } name ? memory.Services.GetValueOrDefault(ServiceKey(context.Task.ClusterArn, name)) : null;
            var counts = context.Judgement!.Findings.Where(f => f.Check == CheckIds.ForbiddenIngress).Select(f => f.RootResource)
                .Distinct(StringComparer.Ordinal).Where(memory.GroupUse.ContainsKey)
                .Select(g => new KeyValuePair<string, int>(g, memory.GroupUse[g])).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            context.Observation = observed with
            {
                Service = NeedsService(context, memory) ? service : observed.Service,
                GroupEniCounts = counts.Count > 0 ? [.. counts] : observed.GroupEniCounts,
            };
        }
    }

    /// <summary>A service task in a sweep, or with a finding rooted at its service, or listed in an alert rooted there (to see it pass).</summary>
    private static bool NeedsService(TaskContext context, RunMemory memory) =>
        context.Finished is null && context.Task!.ServiceArn is { } service &&
        (memory.Sweep || context.Judgement!.Findings.Any(f => f.Root.Kind == RootKind.Service) ||
         (context.Previous?.Findings.Any(f => f.AlertKey is not null && f.Root == FindingRoot.Service(service).Key) ?? false));

    private async Task ReadServicesAsync(List<TaskContext> needing, RunMemory memory, CancellationToken cancellationToken)
    {
        foreach (var group in needing.GroupBy(c => ServiceKey(c.Task!.ClusterArn, c.Task.ServiceName!)))
        {
            if (memory.Services.ContainsKey(group.Key))
            {
                continue;
            }

            try
            {
                memory.Services[group.Key] = await tasks.DescribeServiceAsync(group.First().Task!.ClusterArn, group.Key.Service, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                ReconcilerLog.BatchFailed(logger, group.Count(), group.Key.Cluster, ex);
                foreach (var context in group)
                {
                    context.Fail($"describing service {group.Key.Service} failed: {ex.Message}");
                }
            }
        }
    }

    private async Task CountGroupUseAsync(IReadOnlyList<TaskContext> judged, RunMemory memory, CancellationToken cancellationToken)
    {
        var groups = judged.Where(c => c.Finished is null)
            .SelectMany(c => c.Judgement!.Findings.Where(f => f.Check == CheckIds.ForbiddenIngress).Select(f => f.RootResource))
            .Distinct(StringComparer.Ordinal).Where(g => !memory.GroupUse.ContainsKey(g)).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var (group, count) in await network.CountEnisByGroupAsync(groups, cancellationToken).ConfigureAwait(false))
            {
                memory.GroupUse[group] = count;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only the reach in the finding's message depends on it ("every ENI that uses it" instead of a number).
            ReconcilerLog.GroupUseUnknown(logger, string.Join(", ", groups), ex);
        }
    }

    private static (string Cluster, string Service) ServiceKey(string cluster, string service) => (Networking.AwsIds.ClusterName(cluster), service);
}
