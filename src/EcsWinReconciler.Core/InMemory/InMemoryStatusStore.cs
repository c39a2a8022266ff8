using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>
/// An in-process <see cref="IStatusStore"/>: an older event version never overwrites a newer status, and a newer one that
/// changed nothing but timestamps is not written (its version is not recorded), as in the DynamoDB store.
/// </summary>
public sealed class InMemoryStatusStore : IStatusStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskNetworkStatus> _statuses = new(StringComparer.Ordinal);

    /// <summary>Writes that changed the store (for tests that count writes).</summary>
    public int Writes { get; private set; }

    public Task<TaskNetworkStatus?> GetAsync(string taskArn, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_statuses.GetValueOrDefault(taskArn));
        }
    }

    public Task<StatusWriteResult> PutAsync(TaskNetworkStatus status, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_statuses.TryGetValue(status.TaskArn, out var current))
            {
                if (current.LastEventVersion > status.LastEventVersion)
                {
                    return Task.FromResult(StatusWriteResult.Stale);
                }

                if (current.SameContentAs(status with { LastEventVersion = current.LastEventVersion }))
                {
                    return Task.FromResult(StatusWriteResult.Unchanged);
                }
            }

            _statuses[status.TaskArn] = status;
            Writes++;
            return Task.FromResult(StatusWriteResult.Written);
        }
    }

    /// <summary>Nothing to save in memory: the same as <see cref="PutAsync"/>.</summary>
    public Task<StatusWriteResult> PutAfterListingAsync(TaskNetworkStatus status, TaskNetworkStatus? listed, CancellationToken cancellationToken) =>
        PutAsync(status, cancellationToken);

    public Task<IReadOnlyList<TaskNetworkStatus>> ListAsync(string? cluster, string? family, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<TaskNetworkStatus> list = [.. _statuses.Values
                .Where(s => cluster is null || s.ClusterArn == cluster || Networking.AwsIds.ClusterName(s.ClusterArn) == cluster)
                .Where(s => family is null || s.Family == family)
                .OrderBy(s => s.TaskArn, StringComparer.Ordinal)];
            return Task.FromResult(list);
        }
    }
}
