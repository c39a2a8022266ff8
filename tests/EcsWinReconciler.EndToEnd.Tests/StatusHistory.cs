using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Every status of an account's State table, read straight from dynalite (past any proxy) after each invocation, and what
/// went backwards: a lower event version than seen before, or a stopped task said to run again.
/// </summary>
internal sealed class StatusHistory(DynaliteFixture dynamo, LocalAccount account)
{
    private readonly Dictionary<string, TaskNetworkStatus> _latest = new(StringComparer.Ordinal);

    public List<string> Regressions { get; } = [];

    public int Snapshots { get; private set; }

    public async Task SnapshotAsync(string after)
    {
        var store = new DynamoStatusStore(dynamo.Client, account.Tables.State, TimeProvider.System);
        Snapshots++;
        foreach (var status in await store.ListAsync(null, null, CancellationToken.None))
        {
            if (_latest.TryGetValue(status.TaskArn, out var before))
            {
                if (status.LastEventVersion < before.LastEventVersion)
                {
                    Regressions.Add($"after {after}: {status.TaskArn} went from event version {before.LastEventVersion} back to {status.LastEventVersion}");
                }

                if (before.LastStatus == "STOPPED" && status.LastStatus != "STOPPED")
                {
                    Regressions.Add($"after {after}: {status.TaskArn} was STOPPED and now says {status.LastStatus}");
                }
            }

            _latest[status.TaskArn] = status;
        }
    }

    /// <summary>
    /// The statuses as they end, without task ARNs (replacements are named as they come): judgement and findings; with
    /// <paramref name="runningOnly"/>, only those that say their task runs (a task that stopped before any run wrote its status
    /// has none, which is as good as a closed one).
    /// </summary>
    public static async Task<IReadOnlyList<string>> PrintAsync(LocalAccount account, bool runningOnly = false) =>
    [
        .. (await account.Ports.Status.ListAsync(null, null, CancellationToken.None))
            .Where(s => !runningOnly || s.LastStatus == "RUNNING")
            .Select(s => $"{s.LastStatus} {s.Judgement}: {string.Join(", ", s.Findings.Select(f => $"{f.Check} {f.Decision.Kind}").Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal),
    ];
}
