using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Crashes;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>
/// What one crashed invocation and the recovery after it left (or, with no crash, the reference): the calls it made, what
/// reached the world, what was announced, and the state once recovery converged.
/// </summary>
public sealed record CrashOutcome
{
    public required IReadOnlyList<PortCall> Calls { get; init; }

    public PortCall? CrashedAt { get; init; }

    /// <summary>The killed invocation ended with the kill (a dead process returns nothing); false when some code swallowed it.</summary>
    public bool EndedByTheKill { get; init; }

    /// <summary>Real (not dry-run) actions that reached the world, by action key, from the crashed run to the end.</summary>
    public required IReadOnlyDictionary<string, int> ActionsApplied { get; init; }

    /// <summary>Applied actions that changed nothing (the world already was so): done twice, or on a stale look.</summary>
    public required IReadOnlyList<string> Redundant { get; init; }

    /// <summary>Action keys the ledger has an entry for (any result).</summary>
    public required IReadOnlySet<string> Recorded { get; init; }

    /// <summary>Messages published, by "kind alert-key", from the crashed run to the end.</summary>
    public required IReadOnlyDictionary<string, int> Messages { get; init; }

    /// <summary>Alert keys open at the end.</summary>
    public required IReadOnlySet<string> OpenAlerts { get; init; }

    public required int PendingNotifications { get; init; }

    /// <summary>The world's network as it ends (ids the fakes make up left out).</summary>
    public required string World { get; init; }

    /// <summary>Each running task's status as it ends (its ARN left out: replacements are numbered as they come).</summary>
    public required IReadOnlyList<string> Statuses { get; init; }

    /// <summary>The last resync of recovery: it did nothing, once converged.</summary>
    public required RunSummary Settled { get; init; }

    public required int PublishedBySettled { get; init; }

    /// <summary>Resyncs recovery ran until one did nothing (or it gave up, at <see cref="CrashRun.MaxResyncs"/>).</summary>
    public int ResyncsToSettle { get; init; }

    /// <summary>Budget units used in the crash's window beyond the actions applied in it.</summary>
    public required int BudgetUnitsUnaccounted { get; init; }

    /// <summary>Budget left once the window after the crash's is reached.</summary>
    public required int BudgetLeftNextWindow { get; init; }

    public required int BudgetMax { get; init; }
}
