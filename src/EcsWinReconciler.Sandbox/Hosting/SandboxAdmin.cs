using System.Text;
using System.Text.Json;
using EcsWinReconciler.Sandbox.Admin;
using EcsWinReconciler.Sandbox.Diagnostics;
using EcsWinReconciler.Sandbox.Faults;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// The in-process admin handle: step or settle the task lifecycle, read events, published messages, the call and
/// write logs, dump the state, inject faults. <c>/_sandbox/</c> over HTTP offers the same.
/// </summary>
public sealed class SandboxAdmin
{
    internal SandboxAdmin(SandboxState state, CallLog calls, FaultPlan faults)
    {
        State = state;
        Calls = calls;
        Faults = faults;
    }

    public SandboxState State { get; }

    public CallLog Calls { get; }

    public FaultPlan Faults { get; }

    /// <summary>One scheduler pass and one lifecycle status per task (for <see cref="LifecycleMode.Manual"/>); true when anything moved.</summary>
    public bool Step() => State.Write(w => TaskEngine.Step(w));

    /// <summary>Runs the schedulers and lifecycles until nothing changes.</summary>
    public void Settle() => State.Write(TaskEngine.Settle);

    public IReadOnlyList<TaskStateChangeEvent> Events(long afterSequence = 0) => State.Events(afterSequence);

    public IReadOnlyList<PublishedMessage> PublishedMessages() => State.PublishedMessages();

    public IReadOnlyList<WriteRecord> Writes() => State.Writes();

    /// <summary>Deletes an ENI now, as someone with console access might (no event, no write-log entry).</summary>
    public bool DeleteNetworkInterface(string eniId) => State.Write(w => w.NetworkInterfaces.Remove(eniId));

    public string DumpState()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            State.Read(w =>
            {
                StateDump.Write(json, w);
                return 0;
            });
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
