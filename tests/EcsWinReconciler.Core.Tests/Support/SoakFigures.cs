using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Tests.Support;

/// <summary>What a fleet's history did and the most state it held at once: a soak's figures.</summary>
internal sealed class SoakFigures
{
    public int Steps { get; set; }

    public int Resyncs { get; set; }

    public int Crashes { get; set; }

    public int Faults { get; set; }

    public int Actions { get; private set; }

    public int AlertsOpened { get; private set; }

    public int AlertsResolved { get; private set; }

    public int MaxLiveStatuses { get; private set; }

    public int MaxOpenStatuses { get; private set; }

    public int MaxOpenAlerts { get; private set; }

    public int MaxOwed { get; private set; }

    public int LedgerEntries { get; private set; }

    public void Count(RunSummary summary)
    {
        Actions += summary.ActionsApplied;
        AlertsOpened += summary.AlertsOpened;
        AlertsResolved += summary.AlertsResolved;
    }

    public void Observe(int liveStatuses, int openStatuses, int openAlerts, int owed, int ledgerEntries)
    {
        MaxLiveStatuses = Math.Max(MaxLiveStatuses, liveStatuses);
        MaxOpenStatuses = Math.Max(MaxOpenStatuses, openStatuses);
        MaxOpenAlerts = Math.Max(MaxOpenAlerts, openAlerts);
        MaxOwed = Math.Max(MaxOwed, owed);
        LedgerEntries = ledgerEntries;
    }

    public override string ToString() =>
        $"{Steps} steps, {Resyncs} resyncs (clean and faulty), {Crashes} crashed runs, {Faults} faults injected, {Actions} actions applied (by resyncs), " +
        $"{AlertsOpened} alerts opened / {AlertsResolved} resolved (by resyncs); at most {MaxLiveStatuses} live statuses ({MaxOpenStatuses} not closed), " +
        $"{MaxOpenAlerts} open alerts, {MaxOwed} notifications owed after a clean resync; ledger {LedgerEntries} entries";
}
