using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Writes a task's status after its alerts moved: each finding with what became of it and the alert the task is now listed
/// in (read from the alert as this run left it, so a link is never claimed that the alert does not have). Skips the write
/// when nothing changed or a newer event's status is stored; writes nothing in a read-only run.
/// </summary>
internal sealed class StatusWriter(IStatusStore statuses, ReconcilerOptions options, TimeProvider time)
{
    /// <summary>Writes (or, read-only, only builds) the status; returns what happened and the findings as stored.</summary>
    public async Task<(StatusWriteSummary Summary, EquatableArray<FindingRecord> Findings)> WriteAsync(TaskContext context, RunMemory memory, CancellationToken cancellationToken)
    {
        var status = Build(context, memory);
        if (context.Previous is { } previous && (previous.SameContentAs(status) || previous.LastEventVersion > status.LastEventVersion))
        {
            return (previous.LastEventVersion > status.LastEventVersion ? StatusWriteSummary.Stale : StatusWriteSummary.Unchanged, status.Findings);
        }

        if (options.ReadOnly)
        {
            return (StatusWriteSummary.NotWritten, status.Findings);
        }

        // A sweep compared with its listing: the store need not read again, however long the run has been going.
        var put = context.PreviousListed ? statuses.PutAfterListingAsync(status, context.Previous, cancellationToken) : statuses.PutAsync(status, cancellationToken);
        var written = await put.ConfigureAwait(false) switch
        {
            StatusWriteResult.Written => StatusWriteSummary.Written,
            StatusWriteResult.Unchanged => StatusWriteSummary.Unchanged,
            _ => StatusWriteSummary.Stale,
        };
        return (written, status.Findings);
    }

    private TaskNetworkStatus Build(TaskContext context, RunMemory memory)
    {
        var task = context.Task!;
        var judgement = context.Verdict!;
        var specName = context.Spec?.Name;
        var findings = judgement.Findings.Select(f =>
        {
            var key = specName is null ? null : AlertKey.For(specName, f);
            var listed = key is not null && memory.Alerts.GetValueOrDefault(key) is { State: AlertState.Open } alert && alert.AffectedTasks.Contains(task.TaskArn);
            return FindingRecord.From(f, context.Decisions[f.Id], listed ? key : null);
        }).ToEquatableArray();
        return StatusBuilder.Build(task, specName, context.Spec?.Generation ?? 0, judgement, findings, context.Previous, time.GetUtcNow(), options.StoppedTaskRetention);
    }
}
