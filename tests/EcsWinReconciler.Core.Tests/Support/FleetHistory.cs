using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Crashes;
using EcsWinReconciler.TestSupport.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Support;

/// <summary>
/// A small fleet (the IIS service's tasks on the fake world) driven through a history of steps: drifts and out-of-band
/// fixes, service deployments that complete or stall, tasks stopped with their events lost, late / duplicate / reordered
/// task events, faults, time passing, resyncs. After every step it checks the truth invariants against the world itself
/// (an oracle written from the design, not from the reconciler) and records what broke.
/// </summary>
internal sealed class FleetHistory
{
    private readonly Dictionary<string, List<ObservedTask>> _snapshots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _statusVersions = new(StringComparer.Ordinal);
    private int _published;
    private int _executed;
    private readonly IReadOnlyList<ExceptionEntry> _declaredLater;
    private int _swaps;

    /// <param name="remediate">Remediate (else alert only).</param>
    /// <param name="rolling">Deployments roll out over steps (else at once).</param>
    /// <param name="tasks">The fleet size.</param>
    /// <param name="options">The reconciler's options.</param>
    /// <param name="exceptions">Exceptions the spec declares (issue 14): checked by E1–E3 after every step.</param>
    /// <param name="declaredLater">Exceptions a person adds at the <see cref="StepKind.DeclareExceptions"/> step (alerts may be open by then).</param>
    public FleetHistory(
        bool remediate, bool rolling, int tasks, ReconcilerOptions? options = null, IReadOnlyList<ExceptionEntry>? exceptions = null,
        IReadOnlyList<ExceptionEntry>? declaredLater = null)
    {
        _declaredLater = declaredLater ?? [];
        var world = WorldBuilder.Iis(tasks);
        world.RollingDeployments = rolling;
        var spec = IisSpec.Create(remediate ? IisSpec.Remediate : null);
        Spec = spec with { Spec = spec.Spec with { Exceptions = [.. exceptions ?? []] } };
        Harness = new ReconcilerHarness(world, budget: 1000, options).WithSpec(Spec);
        Remember();
    }

    public ReconcilerHarness Harness { get; }

    public TaskNetworkSpec Spec { get; private set; }

    public List<string> Violations { get; } = [];

    public List<string> Log { get; } = [];

    /// <summary>What the history did, for a soak's figures.</summary>
    public SoakFigures Figures { get; } = new();

    private FakeAwsWorld World => Harness.World;

    private static string ServiceKey => FakeAwsWorld.ServiceKey(Ids.ClusterArn, Ids.ServiceName);

    public async Task RunAsync(IEnumerable<HistoryStep> steps)
    {
        foreach (var step in steps)
        {
            // Time moves between any two things that happen, as it does in the world.
            Harness.Time.Advance(TimeSpan.FromSeconds(1));
            Log.Add(step.ToString());
            await ApplyAsync(step);
            CheckAfterStep(step);
            if (Violations.Count > 0)
            {
                return;
            }
        }
    }

    private async Task ApplyAsync(HistoryStep step)
    {
        Figures.Steps++;
        if (step.Fault is { } fault)
        {
            Figures.Faults++;
            World.Failures[fault] = new Core.Ports.AdapterException("fake", fault, null, "injected fault", isTransient: true);
        }

        try
        {
            await ApplyCoreAsync(step);
        }
        finally
        {
            World.Failures.Clear();
            Remember();
        }
    }

    private async Task ApplyCoreAsync(HistoryStep step)
    {
        switch (step.Kind)
        {
            case StepKind.OpenRdp:
                World.OpenRdpToTheWorld();
                break;
            case StepKind.CloseRdp:
                World.Groups[Ids.WebGroup] = IisObservation.WebGroup();
                break;
            case StepKind.HostnamesOff:
                World.Vpcs[Ids.VpcId] = World.Vpcs[Ids.VpcId] with { DnsHostnames = false };
                break;
            case StepKind.HostnamesOn:
                World.Vpcs[Ids.VpcId] = World.Vpcs[Ids.VpcId] with { DnsHostnames = true };
                break;
            case StepKind.ServiceGoesWrong:
                Redeploy([Ids.WebGroup, Ids.OtherGroup]);
                break;
            case StepKind.ServiceFixedByPerson:
                Redeploy([Ids.WebGroup]);
                break;
            case StepKind.RolloutCompletes:
                Harness.Actuator.CompleteRollout(ServiceKey);
                break;
            case StepKind.StopTask:
                StopTask(step.Pick);
                break;
            case StepKind.TaskEvent:
                await DeliverAsync(step.Pick, step.Age);
                break;
            case StepKind.EniReplacedUnderfoot:
                ReplaceEniUnderfoot(step.Pick);
                break;
            case StepKind.Advance:
                Harness.Time.Advance(TimeSpan.FromMinutes(step.Pick));
                break;
            case StepKind.Resync:
                await ResyncAsync(step.Fault is null);
                break;
            case StepKind.DeclareExceptions:
                Spec = Spec with { Spec = Spec.Spec with { Exceptions = [.. Spec.Spec.Exceptions, .. _declaredLater] } };
                Harness.WithSpec(Spec);
                break;
            case StepKind.CrashedResync:
                await CrashedResyncAsync(step.Pick, step.Age > 0 ? CrashMoment.AfterTheCallApplied : CrashMoment.BeforeTheCall);
                break;
        }
    }

    /// <summary>A person changes the service's groups: a new deployment, rolled out now or left in progress.</summary>
    private void Redeploy(string[] groups)
    {
        lock (World.Gate)
        {
            World.Services[ServiceKey] = World.Deploy(World.Services[ServiceKey] with { SecurityGroups = [.. groups] });
        }

        if (!World.RollingDeployments)
        {
            Harness.Actuator.CompleteRollout(ServiceKey);
        }
    }

    /// <summary>ECS stops a running task (a host drained, a person): its STOPPED event may or may not be delivered later.</summary>
    private void StopTask(int pick)
    {
        var running = RunningTasks();
        if (running.Count > 0)
        {
            Harness.Actuator.Replace(running[pick % running.Count]);
        }
    }

    /// <summary>
    /// A running task's ENI changes and nothing says so (its version stays, so an event of it is a duplicate): the task now has
    /// a new ENI in a group set the spec does not allow, and the old one is deleted, left detached, or described as another
    /// attachment. ECS never does this; it stands for stored facts gone stale whatever the cause. A resync that judges the
    /// task from its stored facts, without DescribeTasks, must still catch the drift (issue 17).
    /// </summary>
    private void ReplaceEniUnderfoot(int pick)
    {
        var running = RunningTasks();
        if (running.Count == 0)
        {
            return;
        }

        var task = running[pick % running.Count];
        var old = task.EniAttachment!.NetworkInterfaceId!;
        lock (World.Gate)
        {
            var swapped = WorldBuilder.NewTask(World, task.TaskArn, task, task.EniAttachment.SubnetId ?? Ids.SubnetA, [Ids.WebGroup, Ids.OtherGroup], 100_000 + ++_swaps);
            World.Tasks[task.TaskArn] = task with { Attachments = swapped.Attachments };
            switch (pick / 3 % 3)
            {
                case 0:
                    World.Enis.Remove(old);
                    break;
                case 1:
                    World.Enis[old] = World.Enis[old] with { Status = "available", Attachment = null };
                    break;
                default:
                    World.Enis[old] = World.Enis[old] with { Description = "arn:aws:ecs:us-east-1:111122223333:attachment/0ther000-aaaa-bbbb-cccc-0123456789ab" };
                    break;
            }
        }
    }

    /// <summary>Delivers a task-state event: the task's latest snapshot, or an older one (late, duplicate, out of order).</summary>
    private async Task DeliverAsync(int pick, int age)
    {
        var tasks = _snapshots.Keys.Order(StringComparer.Ordinal).ToList();
        var history = _snapshots[tasks[pick % tasks.Count]];
        var snapshot = history[Math.Max(0, history.Count - 1 - age)];
        await Harness.Reconciler.ReconcileAsync([ReconcileTarget.FromEvent(snapshot)], CancellationToken.None);
    }

    /// <summary>
    /// A resync whose process dies at its <paramref name="crashAt"/>-th port call (the crash seam): what it did before stays, what
    /// it would have done after is lost, and the next run is a new process on the same stores.
    /// </summary>
    private async Task CrashedResyncAsync(int crashAt, CrashMoment moment)
    {
        using var plan = new CrashPlan(Math.Max(1, crashAt), moment);
        var reconciler = new Reconciler(CrashingPorts.Wrap(Harness.Ports, plan), Harness.Options, Harness.Time, NullLogger<Reconciler>.Instance);
        try
        {
            await reconciler.ResyncAsync(await reconciler.SelectionsOfAllSpecsAsync(plan.Token), null, plan.Token);
        }
        catch (ProcessKilledException)
        {
            Figures.Crashes++;
        }
    }

    private async Task ResyncAsync(bool clean)
    {
        Figures.Resyncs++;

        // A drift an exception covers is neither alerted nor repaired, by design: I2 asks it of the others (and of it once lapsed).
        var startedAt = Harness.Time.GetUtcNow();
        var present = clean ? Oracle.Drifts(World, Spec, startedAt).Where(k => Excepted(k, startedAt) is not { InForce: true }).ToList() : [];
        var stoppedBefore = World.Tasks.Values.Where(t => !t.IsRunning).Select(t => t.TaskArn).ToList();
        var summary = await Harness.ResyncAsync();
        Figures.Count(summary);
        if (!clean || summary.Failed > 0)
        {
            return;
        }

        CheckStateIsBounded();

        var open = Harness.Alerts.ListAsync(openOnly: true, CancellationToken.None).GetAwaiter().GetResult().Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var drift in present)
        {
            var still = Oracle.Holds(World, Spec, drift, Harness.Time.GetUtcNow());
            if (still && !open.Contains(drift) && !Oracle.RepairUnderWay(World, drift))
            {
                Violations.Add($"I2: {drift} was present when the resync started and is neither alerted nor repaired at its end");
            }
        }

        // Tasks stopped before the resync began (a task this resync's own repair stopped is closed by the next one).
        foreach (var task in stoppedBefore)
        {
            if (Harness.Status.GetAsync(task, CancellationToken.None).GetAwaiter().GetResult() is { Judgement: not JudgementKind.Stopped } status)
            {
                Violations.Add($"I6: task {AwsIdsTask(task)} was stopped when a clean resync began, but after it its status still says {status.Judgement} ({status.Reason})");
            }
        }
    }

    /// <summary>
    /// After a clean resync, the state the fleet keeps is bounded by the fleet, not by how long it has lived: statuses that
    /// are not closed only for running tasks, open alerts only for causes the world can have, no notification still owed.
    /// Closed statuses, resolved alerts and ledger entries are removed by TTL in DynamoDB (the fakes keep them): counted live
    /// only while their retention runs.
    /// </summary>
    private void CheckStateIsBounded()
    {
        var now = Harness.Time.GetUtcNow();
        var statuses = Harness.Status.ListAsync(null, null, CancellationToken.None).GetAwaiter().GetResult();
        var open = statuses.Count(s => s.Judgement != JudgementKind.Stopped);
        var live = statuses.Count(s => s.ExpiresAt is not { } expires || expires > now);
        var running = RunningTasks().Count;
        var alerts = Harness.Alerts.ListAsync(openOnly: true, CancellationToken.None).GetAwaiter().GetResult().Count;
        var owed = Harness.Alerts.ListPendingNotificationsAsync(CancellationToken.None).GetAwaiter().GetResult().Count;
        Figures.Observe(live, open, alerts, owed, Harness.Ledger.Entries.Count);
        if (open > running)
        {
            Violations.Add($"growth: {open} statuses not closed for {running} running tasks after a clean resync");
        }

        if (alerts > MaxOpenAlerts)
        {
            Violations.Add($"growth: {alerts} open alerts, more than the {MaxOpenAlerts} causes a history can make");
        }

        if (owed > 0 && Harness.Sink.FailWith is null)
        {
            Violations.Add($"growth: {owed} notification(s) still owed after a clean resync with SNS up");
        }
    }

    /// <summary>Causes a history can make at once: the rule, the VPC attribute, the service's groups and its rollout, and each one's consequences.</summary>
    private const int MaxOpenAlerts = 8;

    private void CheckAfterStep(HistoryStep step)
    {
        var now = Harness.Time.GetUtcNow();
        foreach (var message in Harness.Sink.Published.Skip(_published))
        {
            var kind = message.Attributes.First(a => a.Key == "kind").Value;
            var key = System.Text.Json.JsonDocument.Parse(message.Body[(message.Body.IndexOf("--- machine-readable ---\n", StringComparison.Ordinal) + 25)..])
                .RootElement.GetProperty("alertKey").GetString()!;
            var resolution = kind == "resolved" ? Json(message.Body).GetProperty("resolution").GetString() : null;
            var exception = Excepted(key, now);
            if (kind == "resolved" && Oracle.Holds(World, Spec, key, now) && !(resolution == "excepted" && exception is { InForce: true }))
            {
                Violations.Add($"I1: RESOLVED {key} ({resolution}) after {step} while the world still has the drift");
            }

            if (resolution == "excepted" && exception is not { InForce: true })
            {
                Violations.Add($"E3: RESOLVED {key} as excepted after {step}, but no exception covers it now");
            }

            if (kind is "opened" or "reminder" && exception is { InForce: true })
            {
                Violations.Add($"E1: {kind} {key} after {step} while an exception covers it until {exception.Entry.Expires}");
            }

            if (kind == "opened" && exception is { InForce: false } && !message.Body.Contains("lapsed on", StringComparison.Ordinal))
            {
                Violations.Add($"E2: {key} re-opened after {step} without saying its exception lapsed");
            }
        }

        _published = Harness.Sink.Published.Count;
        foreach (var (action, _) in Harness.Actuator.Executed.Skip(_executed))
        {
            if (KeyActedOn(action) is { } acted && Excepted(acted, now) is { InForce: true } covering)
            {
                Violations.Add($"E1: {action.Describe()} after {step} while an exception covers {acted} until {covering.Entry.Expires}");
            }
        }

        _executed = Harness.Actuator.Executed.Count;
        foreach (var redundant in Harness.Actuator.Redundant)
        {
            Violations.Add($"I3: {redundant.Describe()} was applied to a world that already was so");
        }

        foreach (var status in Harness.Status.ListAsync(null, null, CancellationToken.None).GetAwaiter().GetResult())
        {
            if (_statusVersions.TryGetValue(status.TaskArn, out var before) && status.LastEventVersion < before)
            {
                Violations.Add($"I5: status of {AwsIdsTask(status.TaskArn)} went back from event version {before} to {status.LastEventVersion}");
            }

            _statusVersions[status.TaskArn] = status.LastEventVersion;
        }
    }

    /// <summary>The exception of the spec covering the alert key's check and root at <paramref name="now"/>; null when none does.</summary>
    private Core.Planning.ExceptionMatch? Excepted(string key, DateTimeOffset now)
    {
        if (AlertKey.TryParse(key) is not (_, var check, var root))
        {
            return null;
        }

        var covering = Spec.Spec.Exceptions.Where(e => e.Covers(check, root)).ToList();
        return covering.FirstOrDefault(e => e.Expires.InForceAt(now)) is { } inForce ? new(inForce, true)
            : covering.Count > 0 ? new(covering[0], false)
            : null;
    }

    /// <summary>The alert key an action repairs (the kinds of repair a history makes).</summary>
    private string? KeyActedOn(Core.Planning.RemediationAction action) => action switch
    {
        Core.Planning.RevokeIngressRule r => AlertKey.For(Spec.Name, Finding.CauseOf(CheckIds.ForbiddenIngress, FindingRoot.Rule(r.GroupId, r.RuleId))),
        Core.Planning.EnableVpcAttribute v => AlertKey.For(Spec.Name, Finding.CauseOf(CheckIds.VpcDnsHostnames, FindingRoot.Vpc(v.VpcId))),
        Core.Planning.UpdateServiceNetwork or Core.Planning.ReplaceTask =>
            AlertKey.For(Spec.Name, Finding.CauseOf(CheckIds.SecurityGroupSet, FindingRoot.Service(Ids.ServiceArn))),
        _ => null,
    };

    private static System.Text.Json.JsonElement Json(string body) =>
        System.Text.Json.JsonDocument.Parse(body[(body.IndexOf("--- machine-readable ---\n", StringComparison.Ordinal) + 25)..]).RootElement;

    private List<ObservedTask> RunningTasks() =>
        [.. World.Tasks.Values.Where(t => t.IsRunning && t.DesiredStatus == TaskLifecycle.Running).OrderBy(t => t.TaskArn, StringComparer.Ordinal)];

    private void Remember()
    {
        foreach (var task in World.Tasks.Values)
        {
            var history = _snapshots.TryGetValue(task.TaskArn, out var known) ? known : _snapshots[task.TaskArn] = [];
            if (history.Count == 0 || history[^1] != task)
            {
                history.Add(task);
            }
        }
    }

    private static string AwsIdsTask(string arn) => Core.Networking.AwsIds.TaskId(arn);

    /// <summary>What the world itself says, by the design's rules: which root causes it has now, per alert key.</summary>
    private static class Oracle
    {
        private static readonly TimeSpan StuckAfter = DriftContext.DefaultRolloutStuckAfter;

        public static IEnumerable<string> Drifts(FakeAwsWorld world, TaskNetworkSpec spec, DateTimeOffset now)
        {
            var keys = new List<string>
            {
                AlertKey.For(spec.Name, Finding.CauseOf(CheckIds.ForbiddenIngress, FindingRoot.Rule(Ids.WebGroup, IisObservation.RdpFromWorldRule.RuleId))),
                AlertKey.For(spec.Name, Finding.CauseOf(CheckIds.VpcDnsHostnames, FindingRoot.Vpc(Ids.VpcId))),
                AlertKey.For(spec.Name, Finding.CauseOf(CheckIds.SecurityGroupSet, FindingRoot.Service(Ids.ServiceArn))),
                AlertKey.For(spec.Name, Finding.CauseOf(CheckIds.ServiceRolloutStuck, FindingRoot.Service(Ids.ServiceArn))),
            };
            return keys.Where(k => Holds(world, spec, k, now));
        }

        /// <summary>True when the world has the drift the key names (only the kinds of drift a history makes).</summary>
        public static bool Holds(FakeAwsWorld world, TaskNetworkSpec spec, string key, DateTimeOffset now)
        {
            if (AlertKey.TryParse(key) is not (_, var check, var root))
            {
                return false;
            }

            lock (world.Gate)
            {
                var running = world.Tasks.Values.Where(t => t.IsRunning && t.DesiredStatus == TaskLifecycle.Running).ToList();
                return check switch
                {
                    CheckIds.ForbiddenIngress => running.Count > 0 && world.Groups[Ids.WebGroup].Ingress.Any(r =>
                        $"{Ids.WebGroup}/{r.RuleId}" == root.Id && spec.Spec.SecurityGroups!.ForbiddenIngress.Any(f => r.Permission.Grants(f.Permission))),
                    CheckIds.VpcDnsHostnames => running.Count > 0 && !world.Vpcs[Ids.VpcId].DnsHostnames,
                    CheckIds.SecurityGroupSet => running.Any(t => WrongGroups(world, spec, t)),
                    CheckIds.ServiceRolloutStuck => running.Count > 0 && world.Services[ServiceKey].Rollout is { } rollout && now - rollout.StartedAt >= StuckAfter,
                    _ => false,
                };
            }
        }

        /// <summary>A repair of the service is rolling out with the right network: the drifted tasks are being replaced.</summary>
        public static bool RepairUnderWay(FakeAwsWorld world, string key)
        {
            lock (world.Gate)
            {
                var service = world.Services[ServiceKey];
                return key.Contains(CheckIds.SecurityGroupSet, StringComparison.Ordinal) && service.DeploymentInProgress && service.SecurityGroups.SequenceEqual([Ids.WebGroup]);
            }
        }

        private static bool WrongGroups(FakeAwsWorld world, TaskNetworkSpec spec, ObservedTask task) =>
            task.EniAttachment?.NetworkInterfaceId is { } id && world.Enis.TryGetValue(id, out var eni) &&
            !eni.GroupIds.Order(StringComparer.Ordinal).SequenceEqual(spec.Spec.SecurityGroups!.Ids.Order(StringComparer.Ordinal));
    }
}

/// <summary>The kinds of step a history is made of.</summary>
public enum StepKind
{
    OpenRdp,
    CloseRdp,
    HostnamesOff,
    HostnamesOn,
    ServiceGoesWrong,
    ServiceFixedByPerson,
    RolloutCompletes,
    StopTask,
    TaskEvent,
    EniReplacedUnderfoot,
    Advance,
    Resync,

    /// <summary>A resync killed at its <see cref="HistoryStep.Pick"/>-th port call (after the call applied when <see cref="HistoryStep.Age"/> &gt; 0).</summary>
    CrashedResync,

    /// <summary>A person adds exceptions to the spec (issue 14): open alerts they cover resolve as excepted.</summary>
    DeclareExceptions,
}

/// <summary>One step: what happens, which task (or how many minutes), how stale an event is, and the call that fails during it.</summary>
public sealed record HistoryStep(StepKind Kind, int Pick, int Age, string? Fault)
{
    public override string ToString() =>
        $"{Kind}{(Kind is StepKind.TaskEvent or StepKind.StopTask or StepKind.EniReplacedUnderfoot or StepKind.Advance or StepKind.CrashedResync ? $"({Pick}{(Age > 0 ? $", {Age} old" : string.Empty)})" : string.Empty)}{(Fault is null ? string.Empty : $" [fault: {Fault}]")}";
}
