using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// When a sweep may judge a listed task from its stored <see cref="TaskFacts"/> instead of describing it again, and whether
/// the ENI EC2 then shows still bears those facts out. Pure: the status, the ENI and the time in, a decision out.
/// </summary>
/// <remarks>
/// Why trusting them is safe: the facts a status keeps never change while the task runs (ECS attaches a task's ENI once and
/// releases it only when the task stops; the definition, host and service of a task ARN are fixed), and ListTasks, which a
/// sweep calls anyway, says the task is still wanted running. The ENI itself is read by every sweep, as before, and must still
/// bear the facts out: found, in use and attached, described by this task's ECS attachment ARN, with the same private
/// address, on the task's host. A task whose ENI does not is described and judged afresh in the same run.
/// <para>
/// Why a bound all the same: the ENI read checks the facts about the ENI, not the definition, host or service, which
/// only ECS can confirm. Those cannot change in ECS's model; the bound is for what the model does not foresee (a fact
/// recorded wrong by a fault of ours, a behaviour ECS adds). Every task is therefore described again at least once every
/// <see cref="ReconcilerOptions.StoredFactsConfirmEvery"/> (12 h): its turn comes in a window of
/// <see cref="ReconcilerOptions.StoredFactsConfirmWindow"/> (1 h) at a phase set by its ARN, so one twelfth of a fleet is
/// described per sweep, spread evenly, and no write is needed to remember when (an unchanged confirmation writes nothing).
/// The guarantee holds when sweeps run at least once per window: the stack's resync runs every 15 minutes, and
/// events and API-change sweeps describe their tasks besides. Twelve hours is half a working day for a wrong fact that ECS
/// itself says cannot be wrong, at 0.0008 DescribeTasks per task per sweep.
/// </para>
/// <para>
/// An event never leaves the stored facts behind: a task-state event's snapshot is judged and, when its facts differ from
/// the stored ones, its status is written with them (facts are part of a status's content).
/// </para>
/// </remarks>
internal static class StoredFactsTrust
{
    /// <summary>The listed task rebuilt from its stored facts, or null when it must be described.</summary>
    public static ObservedTask? Remembered(TaskNetworkStatus? status, DateTimeOffset now, ReconcilerOptions options) =>
        Trusted(status, now, options) ? status!.Facts!.TaskOf(status) : null;

    /// <summary>Whether the listed task may be judged from its stored facts (see the remarks), without rebuilding it.</summary>
    public static bool Trusted(TaskNetworkStatus? status, DateTimeOffset now, ReconcilerOptions options) =>
        status is { Facts.Eni: { NetworkInterfaceId: not null, PrivateIpv4Address: not null }, LastStatus: TaskLifecycle.Running }
        && status.Judgement is not JudgementKind.Stopped
        && !DueForConfirmation(status.TaskArn, now, options);

    /// <summary>Whether the task's turn to be described again has come (see the remarks).</summary>
    public static bool DueForConfirmation(string taskArn, DateTimeOffset now, ReconcilerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var period = options.StoredFactsConfirmEvery.Ticks;
        var window = Math.Min(options.StoredFactsConfirmWindow.Ticks, period);
        var phase = (long)(StableHash(taskArn) % (ulong)period);
        return (now.UtcTicks % period + phase) % period >= period - window;
    }

    /// <summary>
    /// Null when the ENI read bears the remembered task's facts out; otherwise what contradicts them.
    /// <paramref name="hostInstanceId"/>: the EC2 instance of the task's container instance, when it was read.
    /// </summary>
    public static string? Contradiction(ObservedTask remembered, ObservedEni? eni, string? hostInstanceId)
    {
        ArgumentNullException.ThrowIfNull(remembered);
        var attachment = remembered.EniAttachment!;
        return eni switch
        {
            null => $"its ENI {attachment.NetworkInterfaceId} is gone",
            { IsInUseAndAttached: false } => $"its ENI {eni.Id} is {eni.Status}, not attached",
            _ when EniChecks.IsAttachmentArn(eni.Description, remembered.TaskArn, attachment.Id) is not true =>
                $"its ENI {eni.Id} is not described as this task's attachment {attachment.Id}",
            _ when eni.PrivateIpv4Address != attachment.PrivateIpv4Address =>
                $"its ENI {eni.Id} has address {eni.PrivateIpv4Address ?? "(none)"}, not {attachment.PrivateIpv4Address}",
            _ when hostInstanceId is not null && eni.Attachment!.InstanceId != hostInstanceId =>
                $"its ENI {eni.Id} is attached to {eni.Attachment.InstanceId ?? "(none)"}, not the task's host {hostInstanceId}",
            _ => null,
        };
    }

    /// <summary>FNV-1a: the same phase for a task in every process (string hash codes differ per process).</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
