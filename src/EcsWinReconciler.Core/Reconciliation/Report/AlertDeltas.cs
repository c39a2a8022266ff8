using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// What one batch means for each alert key (pure): tasks that show a cause join its alert (opening it when the cause is
/// alerted; otherwise only while it is open); tasks that showed it before and do not now leave it; a root an action of ours
/// fixed, or a fresh look found passing, resolves it. Nothing here resolves an alert because a task merely stopped showing a
/// shared cause: that takes a look at the root itself, or the sweep after a complete resync.
/// </summary>
internal static class AlertDeltas
{
    /// <param name="batch">The batch's tasks, judged or not.</param>
    /// <param name="openAlertsToCheck">Open alerts that may resolve if a task of the batch sees their root passing (a sweep's).</param>
    /// <param name="activeSpecs">The names of the specs that exist and are not suspended: an alert of any other spec is no longer checked.</param>
    /// <param name="now">The time of this reconcile.</param>
    public static Dictionary<string, AlertDelta> Build(IReadOnlyList<TaskContext> batch, IReadOnlyList<AlertRecord> openAlertsToCheck, IReadOnlySet<string> activeSpecs, DateTimeOffset now)
    {
        var knownOpen = openAlertsToCheck.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var deltas = new Dictionary<string, Builder>(StringComparer.Ordinal);
        Builder For(string key) => deltas.TryGetValue(key, out var b) ? b : deltas[key] = new Builder(key);

        var settled = batch.Where(c => c.Finished is null && c.Verdict is not null).ToList();
        foreach (var context in settled.Where(c => c.Judgement is { Kind: JudgementKind.Judged }))
        {
            AddFindings(context, For, knownOpen, now);
        }

        foreach (var context in settled)
        {
            foreach (var key in PreviousLinks(context).Where(k => !For(k).Joins(context.Target.TaskArn)))
            {
                Leave(context, For(key), activeSpecs, now);
            }
        }

        // Any alert this batch touched, or a sweep knows open, that no task of the batch shows: resolved if a task judged under
        // its spec looked afresh at its root (a task leaving for another reason only leaves it).
        foreach (var key in deltas.Keys.Union(openAlertsToCheck.Select(a => a.Key), StringComparer.Ordinal).ToList())
        {
            var touched = deltas.TryGetValue(key, out var delta);
            if ((!touched || delta!.Join.Count == 0 && delta.Resolution is null) && SeenPassing(key, batch) is { } resolution)
            {
                For(key).Resolution = resolution;
            }
        }

        return deltas.Values.Select(b => b.Build()).ToDictionary(d => d.Key, StringComparer.Ordinal);
    }

    private static void AddFindings(TaskContext context, Func<string, Builder> deltaFor, IReadOnlySet<string> knownOpen, DateTimeOffset now)
    {
        var spec = context.Spec!.Name;
        var task = context.Task!;
        var linked = PreviousLinks(context).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in context.Judgement!.Findings)
        {
            var decision = context.Decisions[finding.Id];
            var key = AlertKey.For(spec, finding);
            if (decision.Kind is DecisionKind.Recorded or DecisionKind.Excepted && !linked.Contains(key) && !knownOpen.Contains(key))
            {
                // Below the threshold (or excepted) it opens nothing; its alert can only be open if a task is listed in it, or a
                // sweep (which knows every open alert) sees it. No read for the common case.
                continue;
            }

            var delta = deltaFor(key);
            switch (decision.Kind)
            {
                case DecisionKind.Alerted:
                    delta.Join.Add(task.TaskArn);
                    delta.MayOpen = true;
                    delta.Candidate ??= AlertRecord.Candidate(spec, task.ClusterArn, task.Family, finding, decision.Reason);
                    delta.AlertedHandling ??= decision.Reason;
                    break;
                case DecisionKind.Repairing:
                    delta.Join.Add(task.TaskArn);
                    delta.RepairHandling ??= $"repair in progress: {decision.Reason}";
                    break;
                case DecisionKind.Recorded:
                    // Below the threshold, or its resource vanished: it opens nothing, but an alert that is open stays true.
                    delta.Join.Add(task.TaskArn);
                    break;
                case DecisionKind.Repaired:
                    delta.Resolution ??= AlertResolution.RepairedByUs(decision.Action ?? decision.Reason, now);
                    break;
                case DecisionKind.Excepted:
                    // The alert closes as excepted, never as fixed: the drift is still there (docs/DEPLOY.md, Exceptions).
                    delta.Resolution ??= AlertResolution.Excepted(decision.Reason);
                    break;
                case DecisionKind.FollowsFrom:
                    break;
            }
        }
    }

    /// <summary>The task showed the cause before and does not now: why, decides whether the alert resolves or only loses the task.</summary>
    private static void Leave(TaskContext context, Builder delta, IReadOnlySet<string> activeSpecs, DateTimeOffset now)
    {
        var parsed = AlertKey.TryParse(delta.Key);
        var root = parsed?.Root;
        var verdict = context.Verdict!;
        var resolution = verdict.Kind switch
        {
            JudgementKind.Stopped when root is { IsTask: true } => AlertResolution.TasksGone($"task {context.Task?.TaskId} stopped ({verdict.Reason}), seen at {now:u}"),
            JudgementKind.Skipped when parsed is { SpecName: var spec } && !activeSpecs.Contains(spec) =>
                AlertResolution.NoLongerChecked($"spec {spec} was deleted or suspended ({verdict.Reason})"),
            JudgementKind.Skipped when root is { IsTask: true } => AlertResolution.NoLongerChecked(verdict.Reason),
            _ => null,
        };
        if (verdict.Kind == JudgementKind.NotYetRunning)
        {
            return;
        }

        if (resolution is not null && delta.Join.Count == 0)
        {
            delta.Resolution ??= resolution;
        }
        else
        {
            delta.Leave.Add(context.Target.TaskArn);
        }
    }

    /// <summary>A task of the batch judged under the alert's spec looked afresh at its root and did not find its cause.</summary>
    private static AlertResolution? SeenPassing(string key, IReadOnlyList<TaskContext> batch)
    {
        if (AlertKey.TryParse(key) is not (var specName, var check, var root))
        {
            return null;
        }

        var cause = Finding.CauseOf(check, root);
        var judged = batch.Where(c => c.Finished is null && c.Judgement is { Kind: JudgementKind.Judged } && c.Spec?.Name == specName && c.Observation is not null).ToList();
        if (judged.Any(c => c.Judgement!.Findings.Any(f => f.Cause == cause)))
        {
            return null;
        }

        var witness = judged.FirstOrDefault(c => CheckCoverage.Covers(c.Spec!.Spec, c.Observation!, check, root));
        return witness is null
            ? null
            : AlertResolution.FixedElsewhere($"a fresh look at {root.Id} passes {check} (seen with task {witness.Task!.TaskId})");
    }

    private static IEnumerable<string> PreviousLinks(TaskContext context) =>
        context.Previous?.Findings.Select(f => f.AlertKey).OfType<string>().Distinct(StringComparer.Ordinal) ?? [];

    private sealed class Builder(string key)
    {
        public string Key { get; } = key;

        public List<string> Join { get; } = [];

        public List<string> Leave { get; } = [];

        public bool MayOpen { get; set; }

        public AlertRecord? Candidate { get; set; }

        public string? AlertedHandling { get; set; }

        public string? RepairHandling { get; set; }

        public AlertResolution? Resolution { get; set; }

        public bool Joins(string taskArn) => Join.Contains(taskArn);

        public AlertDelta Build() => new(Key)
        {
            Candidate = Candidate,
            MayOpen = MayOpen,
            Join = Join.Distinct(StringComparer.Ordinal).ToEquatableArray(),
            Leave = Leave.Distinct(StringComparer.Ordinal).ToEquatableArray(),
            Resolve = Join.Count == 0 ? Resolution : null,
            Handling = AlertedHandling ?? RepairHandling,
        };
    }
}
