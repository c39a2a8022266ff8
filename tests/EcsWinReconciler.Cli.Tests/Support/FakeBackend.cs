using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Tests.Support;

/// <summary>A backend over in-memory ports (the fake AWS world of <c>ReconcilerHarness</c>, or any ports a test builds).</summary>
internal sealed class FakeBackend(ReconcilerPorts ports, DynamoTableNames tables, HashSet<string> created, Func<string> caller) : IBackend
{
    public ReconcilerPorts Ports { get; } = ports;

    public string Description => "in-memory fake AWS world";

    public bool Disposed { get; private set; }

    public Task<IReadOnlyList<TableSetupResult>> CreateTablesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TableSetupResult>>([.. new[] { tables.Specs, tables.State }.Select(t => new TableSetupResult(t, created.Add(t), [], []))]);

    public Task<string> CallerArnAsync(CancellationToken cancellationToken) => Task.FromResult(caller());

    public void Dispose() => Disposed = true;
}

/// <summary>Hands out one <see cref="FakeBackend"/> and remembers the options it was asked with (null: never asked).</summary>
internal sealed class FakeBackendFactory(ReconcilerPorts ports) : IBackendFactory
{
    // The tables "created" so far by this factory's backends: a second setup finds them there.
    private readonly HashSet<string> _tables = [];

    public ReconcilerPorts Ports { get; set; } = ports;

    /// <summary>Who STS says the caller is; throw from it to stand for an STS failure.</summary>
    public Func<string> Caller { get; set; } = () => "arn:aws:sts::111122223333:assumed-role/PlatformAdmin/ana";

    public BackendOptions? LastOptions { get; private set; }

    public int Created { get; private set; }

    public FakeBackend? Last { get; private set; }

    public IBackend Create(BackendOptions options)
    {
        LastOptions = options;
        Created++;
        Last = new FakeBackend(Ports, TablesFor(options), _tables, Caller);
        return Last;
    }

    public DynamoTableNames TablesFor(BackendOptions options) =>
        new(options.SpecsTable ?? "EcsWinReconciler-Specs", options.StateTable ?? "EcsWinReconciler-State");
}
