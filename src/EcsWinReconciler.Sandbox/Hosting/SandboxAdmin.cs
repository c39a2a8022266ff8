using System.Text;
using System.Text.Json;
using EcsWinReconciler.Sandbox.Admin;
using EcsWinReconciler.Sandbox.Diagnostics;
using EcsWinReconciler.Sandbox.Faults;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Sts;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>
/// The in-process admin handle: step or settle the task lifecycle, read events, published messages, the call and
/// write logs, dump the state, inject faults, stall a service's rollouts, and change the network path and the hosts' agents
/// out of band. <c>/_sandbox/</c> over HTTP offers the first of these.
/// </summary>
public sealed class SandboxAdmin
{
    private readonly LifecycleMode _lifecycle;

    internal SandboxAdmin(SandboxState state, CallLog calls, FaultPlan faults, LifecycleMode lifecycle, SandboxAccounts accounts)
    {
        Accounts = accounts;
        State = state;
        Calls = calls;
        Faults = faults;
        _lifecycle = lifecycle;
    }

    public SandboxState State { get; }

    public CallLog Calls { get; }

    public FaultPlan Faults { get; }

    /// <summary>The hub and the member accounts behind the endpoint, and the sessions STS issued in them.</summary>
    public SandboxAccounts Accounts { get; }

    /// <summary>One scheduler pass and one lifecycle status per task (for <see cref="LifecycleMode.Manual"/>); true when anything moved.</summary>
    public bool Step() => State.Write(w => TaskEngine.Step(w));

    /// <summary>Runs the schedulers and lifecycles until nothing changes.</summary>
    public void Settle() => State.Write(TaskEngine.Settle);

    public IReadOnlyList<TaskStateChangeEvent> Events(long afterSequence = 0) => State.Events(afterSequence);

    public IReadOnlyList<PublishedMessage> PublishedMessages() => State.PublishedMessages();

    public IReadOnlyList<WriteRecord> Writes() => State.Writes();

    /// <summary>The messages a queue holds now (received or not), oldest first: (id, body, visible from, receives).</summary>
    public IReadOnlyList<(string MessageId, string Body, DateTimeOffset VisibleAt, int ReceiveCount)> QueuedMessages(string queueName = ScenarioIds.RecheckQueueName) =>
        State.Read(w => w.Queues.TryGetValue(queueName, out var queue)
            ? queue.Messages.Select(m => (m.MessageId, m.Body, m.VisibleAt, m.ReceiveCount)).ToList()
            : []);

    /// <summary>Deletes an ENI now, as someone with console access might (no event, no write-log entry).</summary>
    public bool DeleteNetworkInterface(string eniId) => State.Write(w => w.NetworkInterfaces.Remove(eniId));

    /// <summary>
    /// From now on ECS finds no free ENI slot for the service's new tasks: each scheduler pass logs "was unable to place
    /// a task … encountered error "RESOURCE:ENI"", a new deployment stays IN_PROGRESS and the old tasks keep running
    /// (EC2 still shows the hosts' ENIs as they are). Unknown service: <see cref="KeyNotFoundException"/>.
    /// </summary>
    public void StallRollout(string serviceName, string cluster = ScenarioIds.ClusterName) =>
        State.Write(w => Service(w, cluster, serviceName).RolloutStalled = true);

    /// <summary>Lifts <see cref="StallRollout"/>; in <see cref="LifecycleMode.Immediate"/> the scheduler runs at once, so a rollout with room completes.</summary>
    public void ReleaseRollout(string serviceName, string cluster = ScenarioIds.ClusterName) =>
        State.Write(w =>
        {
            Service(w, cluster, serviceName).RolloutStalled = false;
            if (_lifecycle == LifecycleMode.Immediate)
            {
                TaskEngine.Settle(w);
            }
        });

    /// <summary>
    /// Changes the account as a person would out of band (no event, no write-log entry), with the building blocks the
    /// scenarios use: <see cref="PathEdits"/> (ACL entries, routes, egress, free addresses), <see cref="AgentEdits"/>,
    /// <see cref="ResolverEdits"/>. Readers see the change on their next call.
    /// </summary>
    public void Edit(Action<SandboxWorld> change) => State.Write(change);

    /// <summary>Tags (value null: untags) a group, VPC, service or task, as CreateTags / DeleteTags / TagResource would.</summary>
    public void SetTag(string resource, string key, string? value) => Edit(w => TagEdits.Set(w, resource, key, value));

    /// <summary>The subnet reports <paramref name="free"/> available addresses (the rest held by what the sandbox does not model).</summary>
    public void SetFreeAddresses(string subnetId, int free) => Edit(w => PathEdits.SetFreeAddresses(w, subnetId, free));

    /// <summary>Creates or replaces an ACL entry (same number and direction).</summary>
    public void SetAclEntry(string aclId, NetworkAclEntry entry) => Edit(w => PathEdits.SetAclEntry(w, aclId, entry));

    /// <summary>The host's ECS agent disconnects (or, with <paramref name="connected"/>, comes back).</summary>
    public void DisconnectAgent(string containerInstance, bool connected = false) => Edit(w => AgentEdits.Disconnect(w, containerInstance, connected));

    public void SetAgentVersion(string containerInstance, string version) => Edit(w => AgentEdits.SetAgentVersion(w, containerInstance, version));

    /// <summary>The agent stops advertising an attribute, e.g. <c>ecs.capability.task-eni</c>.</summary>
    public void DropAttribute(string containerInstance, string attribute) => Edit(w => AgentEdits.DropAttribute(w, containerInstance, attribute));

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

    private static EcsService Service(SandboxWorld world, string cluster, string name) =>
        world.Services.Values.FirstOrDefault(s => s.ClusterName == cluster && s.Name == name)
        ?? throw new KeyNotFoundException($"no service '{name}' in cluster '{cluster}'");
}
