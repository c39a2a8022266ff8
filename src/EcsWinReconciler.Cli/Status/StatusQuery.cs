using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Status;

/// <summary>Reads task statuses (optionally one cluster / family) and the current generation of each one's spec; by place, cluster, family.</summary>
internal sealed class StatusQuery(IStatusStore status, ISpecStore specs)
{
    public async Task<IReadOnlyList<StatusRow>> ListAsync(string? cluster, string? family, CancellationToken cancellationToken)
    {
        var statuses = await status.ListAsync(cluster, family, cancellationToken).ConfigureAwait(false);
        var generations = (await specs.ListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.Name, s => s.Generation, StringComparer.Ordinal);
        return [.. statuses
            .OrderBy(s => Core.Common.AccountRegion.OfArn(s.TaskArn)?.ToString(), StringComparer.Ordinal)
            .ThenBy(s => Core.Networking.AwsIds.ClusterName(s.ClusterArn), StringComparer.Ordinal)
            .ThenBy(s => s.Family, StringComparer.Ordinal)
            .ThenBy(s => s.TaskArn, StringComparer.Ordinal)
            .Select(s => new StatusRow(s, s.SpecName is { } name && generations.TryGetValue(name, out var g) ? g : null))];
    }
}
