using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The alert sweep a resync ends with. After a complete pass of the sweep's circle with nothing failed, every running task that
/// shows a cause has joined its alert; so it first verifies the tasks open alerts still list but the pass did not see running
/// (looked up: stopped or gone, they leave), then resolves the alerts no task is left in, and the alerts of the earlier
/// per-resource key scheme. Then it sends every notification still owed whose lease ran out (the outbox).
/// </summary>
internal sealed class AlertSweeper(BatchPipeline pipeline, IAlertStore alerts, ReconcilerOptions options)
{
    /// <param name="specs">Every stored spec.</param>
    /// <param name="listed">The tasks the pass listed running (null when this is not the end of a complete, clean pass: then nothing is resolved).</param>
    /// <param name="memory">The run's memory (the alerts it read and wrote, the tasks it handled).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public async Task<RunSummary> SweepAsync(IReadOnlyList<StoredSpec> specs, IReadOnlySet<string>? listed, RunMemory memory, CancellationToken cancellationToken)
    {
        var summary = RunSummary.Empty;
        if (listed is not null)
        {
            await KnowOpenAlertsAsync(memory, cancellationToken).ConfigureAwait(false);
            summary = await VerifyUnlistedMembersAsync(specs, listed, memory, cancellationToken).ConfigureAwait(false);
            var events = new List<AlertEvent>();
            foreach (var alert in memory.OpenAlerts.OrderBy(a => a.Key, StringComparer.Ordinal).ToList())
            {
                if (WhyResolve(alert, specs, memory) is { } resolution)
                {
                    var delta = new AlertDelta(alert.Key) { Resolve = resolution };
                    events.Add(await pipeline.Alerts.ApplyAsync(delta, BatchPipeline.NoReminder, memory, cancellationToken).ConfigureAwait(false));
                }
            }

            summary = summary with { AlertEvents = [.. summary.AlertEvents, .. events] };
        }

        return summary with
        {
            AlertEvents = [.. summary.AlertEvents, .. await DeliverPendingAsync(memory, cancellationToken).ConfigureAwait(false)],
            OpenAlerts = memory.KnowsEveryOpenAlert ? memory.OpenAlerts.Count() : null,
        };
    }

    /// <summary>Sends every notification still owed whose lease ran out (SNS refused it, or the run that owed it died).</summary>
    public async Task<List<AlertEvent>> DeliverPendingAsync(RunMemory memory, CancellationToken cancellationToken)
    {
        var events = new List<AlertEvent>();
        if (options.ReadOnly)
        {
            return events;
        }

        foreach (var pending in await alerts.ListPendingNotificationsAsync(cancellationToken).ConfigureAwait(false))
        {
            var change = new AlertChange(AlertTransition.Unchanged, pending);
            events.Add(await pipeline.Alerts.FollowUpAsync(pending.Key, change, BatchPipeline.NoReminder, memory, cancellationToken).ConfigureAwait(false));
        }

        return events.Where(e => e.Notification is not null).ToList();
    }

    /// <summary>Lists every open alert once, unless the run did already (its writes since are in memory).</summary>
    public async Task KnowOpenAlertsAsync(RunMemory memory, CancellationToken cancellationToken)
    {
        if (memory.KnowsEveryOpenAlert)
        {
            return;
        }

        foreach (var alert in await alerts.ListAsync(openOnly: true, cancellationToken).ConfigureAwait(false))
        {
            if (!memory.Alerts.ContainsKey(alert.Key))
            {
                memory.Remember(alert, alert.Key);
            }
        }

        memory.KnowsEveryOpenAlert = true;
    }

    /// <summary>Tasks open alerts list that the pass neither listed running nor handled: looked up, so each is seen stopped, gone, or still there.</summary>
    private async Task<RunSummary> VerifyUnlistedMembersAsync(IReadOnlyList<StoredSpec> specs, IReadOnlySet<string> listed, RunMemory memory, CancellationToken cancellationToken)
    {
        var unverified = memory.OpenAlerts
            .SelectMany(a => a.AffectedTasks.Select(t => (Cluster: ClusterOf(t, a.ClusterArn), Task: t)))
            .Where(m => !listed.Contains(m.Task) && !memory.TasksHandled.Contains(m.Task))
            .DistinctBy(m => m.Task)
            .ToList();
        var summary = RunSummary.Empty;
        foreach (var cluster in unverified.GroupBy(m => m.Cluster, StringComparer.Ordinal))
        {
            foreach (var batch in cluster.Chunk(options.BatchSize))
            {
                var targets = batch.Select(m => ReconcileTarget.Lookup(cluster.Key, m.Task)).ToList();
                summary = summary.Merge(await pipeline.RunAsync(cluster.Key, targets, specs, null, null, memory, cancellationToken).ConfigureAwait(false));
            }
        }

        return summary;
    }

    private static AlertResolution? WhyResolve(AlertRecord alert, IReadOnlyList<StoredSpec> specs, RunMemory memory)
    {
        if (!specs.Any(s => s.Name == alert.SpecName && !s.Spec.Spec.Suspend))
        {
            return AlertResolution.NoLongerChecked($"spec {alert.SpecName} was deleted or suspended");
        }

        if (AlertKey.IsLegacy(alert.Key))
        {
            var successors = memory.OpenAlerts
                .Where(a => !AlertKey.IsLegacy(a.Key) && a.SpecName == alert.SpecName && a.Check == alert.Check)
                .Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
            return AlertResolution.Superseded(successors.Count == 0
                ? "alerts are now one per root cause (spec, check, root), and a complete resync found this cause on no task"
                : $"alerts are now one per root cause (spec, check, root); this one continues as {string.Join(", ", successors)}");
        }

        return alert.AffectedTasks.IsEmpty && !memory.HadFailures ? AlertResolution.NoTaskAffected : null;
    }

    /// <summary>The cluster of a task ARN in the long format (<c>…:task/CLUSTER/ID</c>); the alert's cluster for the short one.</summary>
    private static string ClusterOf(string taskArn, string alertCluster)
    {
        var path = taskArn[(taskArn.IndexOf(":task/", StringComparison.Ordinal) + 1)..].Split('/');
        return path.Length == 3 ? path[1] : Networking.AwsIds.ClusterName(alertCluster);
    }
}
