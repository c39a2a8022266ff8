namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// How a batch reads its tasks' ENIs in the fewest calls: by id, or as every ENI attached to the batch's hosts when that
/// takes no more calls. Pure: the tasks' ENI ids and hosts in.
/// </summary>
/// <remarks>
/// By id a call takes <see cref="IdsPerCall"/> ids; by host a filter takes <see cref="HostsPerFilter"/> hosts and a page
/// holds <see cref="EnisPerPage"/> ENIs (docs/FACTS.md §4.1, §4.5). The pages a host read needs are estimated from what
/// the batch knows: its own tasks on each host plus the host's primary ENI. A tie goes to the hosts: the capacity check
/// needs every judged task's host ENI count, and the adapter reads exactly these pages for it when its count has expired
/// (after 30 s; a resync comes every 15 minutes), so the host read answers both. ENIs of other tasks on those hosts make
/// the estimate low (at worst a host carries its type's whole ENI limit, 15 on the m5.24xlarge), but those pages are the
/// ones the capacity check would read anyway. A task whose ENI the host read does not find is asked for by id (gone, or
/// attached elsewhere); tasks whose host is not known are read by id.
/// </remarks>
public sealed record EniReadPlan(IReadOnlyList<string> Hosts, IReadOnlyList<string> EniIds)
{
    public const int IdsPerCall = 200;
    public const int HostsPerFilter = 200;
    public const int EnisPerPage = 1000;

    /// <param name="tasks">Each task's ENI id and the EC2 instance it runs on (null when its host is not known).</param>
    public static EniReadPlan For(IEnumerable<(string EniId, string? Host)> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var distinct = tasks.DistinctBy(t => t.EniId, StringComparer.Ordinal).ToList();
        var allIds = distinct.Select(t => t.EniId).ToList();
        var onHosts = distinct.Where(t => t.Host is not null).GroupBy(t => t.Host!, StringComparer.Ordinal).ToList();
        var withoutHost = distinct.Where(t => t.Host is null).Select(t => t.EniId).ToList();
        var hostPages = onHosts.Chunk(HostsPerFilter).Sum(chunk => Calls(chunk.Sum(host => host.Count() + 1), EnisPerPage));
        return onHosts.Count > 0 && hostPages + Calls(withoutHost.Count, IdsPerCall) <= Calls(allIds.Count, IdsPerCall)
            ? new EniReadPlan([.. onHosts.Select(h => h.Key)], withoutHost)
            : new EniReadPlan([], allIds);
    }

    private static int Calls(int items, int perCall) => (items + perCall - 1) / perCall;
}
