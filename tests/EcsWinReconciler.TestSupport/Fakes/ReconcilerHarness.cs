using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.TestSupport.Fakes;

/// <summary>The reconciler wired to the fake world, in-memory stores, a recording sink and a fake clock.</summary>
public sealed class ReconcilerHarness
{
    /// <param name="world">The fake world (default: one IIS task).</param>
    /// <param name="budget">Actions per window.</param>
    /// <param name="options">Reconciler knobs.</param>
    /// <param name="rechecks">With a re-check queue (<see cref="Rechecks"/>): unready ENIs wait, repairs are re-checked.</param>
    public ReconcilerHarness(FakeAwsWorld? world = null, int budget = 100, ReconcilerOptions? options = null, bool rechecks = false)
    {
        World = world ?? WorldBuilder.Iis();
        World.Clock = Time;
        Actuator = new FakeActuator(World);
        BudgetMax = budget;
        Budget = new InMemoryRemediationBudget(budget, TimeSpan.FromHours(1));
        Ports = new ReconcilerPorts(Specs, World, World, Actuator, Status, Alerts, Sink, Ledger, Budget, Cursor, Rechecks: rechecks ? Rechecks : null);
        Options = options ?? ReconcilerOptions.Default;
        Reconciler = new Reconciler(Ports, Options, Time, NullLogger<Reconciler>.Instance);
    }

    public FakeAwsWorld World { get; }

    public FakeActuator Actuator { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public InMemorySpecStore Specs { get; } = new();

    public InMemoryStatusStore Status { get; } = new();

    public InMemoryAlertStore Alerts { get; } = new();

    public InMemoryActionLedger Ledger { get; } = new();

    public InMemoryRemediationBudget Budget { get; }

    /// <summary>Actions the budget allows per window (of one hour).</summary>
    public int BudgetMax { get; }

    public RecordingAlertSink Sink { get; } = new();

    /// <summary>The hook the functions drop kept reads through (nothing is kept in memory; it records what was asked).</summary>
    public RecordingCacheInvalidation Caches { get; } = new();

    public InMemoryResyncCursor Cursor { get; } = new();

    /// <summary>The re-check queue (wired into the ports only when the harness was made with <c>rechecks: true</c>).</summary>
    public InMemoryRecheckQueue Rechecks { get; } = new();

    public ReconcilerPorts Ports { get; }

    public Reconciler Reconciler { get; }

    public ReconcilerOptions Options { get; }

    public ReconcilerHarness WithSpec(TaskNetworkSpec spec)
    {
        Specs.ApplyAsync(spec, SpecWriter.ToJson(spec), null, CancellationToken.None).GetAwaiter().GetResult();
        return this;
    }

    public ReconcilerHarness WithIisSpec(RemediationSpec? remediation = null) => WithSpec(IisSpec.Create(remediation));

    /// <summary>Reconciles the task as an ECS event would name it (its current snapshot, deduplicated on version).</summary>
    public Task<RunSummary> OnTaskEventAsync(string taskArn = Ids.TaskArn) =>
        Reconciler.ReconcileAsync([ReconcileTarget.FromEvent(World.Tasks[taskArn])], CancellationToken.None);

    /// <summary>The scheduled resync: every selection of every spec, then the alert sweep.</summary>
    public async Task<RunSummary> ResyncAsync() =>
        await Reconciler.ResyncAsync(await Reconciler.SelectionsOfAllSpecsAsync(CancellationToken.None), null, CancellationToken.None);

    /// <summary>Moves the clock to each due re-check in turn and delivers it, as the queue's consumer would; returns what each did.</summary>
    public async Task<IReadOnlyList<RecheckResult>> DeliverDueRechecksAsync()
    {
        var results = new List<RecheckResult>();
        foreach (var request in Rechecks.TakeDue(DateTimeOffset.MaxValue).OrderBy(r => r.DueAt))
        {
            if (request.DueAt > Time.GetUtcNow())
            {
                Time.SetUtcNow(request.DueAt);
            }

            results.Add(await Reconciler.RecheckAsync(request, CancellationToken.None));
        }

        return results;
    }

    /// <summary>Reconciles the task by looking it up (as an API-change event or a user would).</summary>
    public Task<RunSummary> LookAtAsync(string taskArn = Ids.TaskArn) =>
        Reconciler.ReconcileAsync([ReconcileTarget.Lookup(Ids.ClusterArn, taskArn)], CancellationToken.None);
}
