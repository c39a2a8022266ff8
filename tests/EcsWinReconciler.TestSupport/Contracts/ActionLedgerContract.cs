using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using Xunit;

namespace EcsWinReconciler.TestSupport.Contracts;

/// <summary>
/// What every <see cref="IActionLedger"/> does, as its XML doc says: a live claim blocks every other claim of its action
/// (of concurrent claimers exactly one wins), an ended one does not; every recorded action is listed back from a time on,
/// oldest first. Run against the in-memory fake and the DynamoDB adapter, so the fake stays honest.
/// </summary>
public abstract class ActionLedgerContract
{
    protected static readonly DateTimeOffset At = new(2025, 11, 25, 14, 0, 0, TimeSpan.Zero);

    private const string Revoke = "revoke:sg-0web:sgr-1";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>A ledger with no claims and no entries, on storage of its own.</summary>
    protected abstract Task<IActionLedger> NewLedgerAsync();

    [Fact]
    public async Task TryClaim_TwentyRunsAtOnce_ExactlyOneWins()
    {
        var ledger = await NewLedgerAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => ledger.TryClaimAsync(Revoke, At, Lease, At, CancellationToken.None))));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task TryClaim_WhileLeaseLiveThenAfterItEnds_FalseThenTrue()
    {
        var ledger = await NewLedgerAsync();
        await ledger.TryClaimAsync(Revoke, At, Lease, At, CancellationToken.None);

        var during = await ledger.TryClaimAsync(Revoke, At + Lease - TimeSpan.FromTicks(1), Lease, At, CancellationToken.None);
        var after = await ledger.TryClaimAsync(Revoke, At + Lease, Lease, At, CancellationToken.None);
        var renewed = await ledger.TryClaimAsync(Revoke, At + Lease + TimeSpan.FromMinutes(1), Lease, At, CancellationToken.None);

        Assert.False(during);
        Assert.True(after);
        Assert.False(renewed);
    }

    [Fact]
    public async Task Complete_RunThatLookedBeforeTheChange_MayNotClaimIt_OneThatLooksAfter_May()
    {
        var ledger = await NewLedgerAsync();
        await ledger.TryClaimAsync(Revoke, At, Lease, At, CancellationToken.None);

        await ledger.CompleteAsync(Revoke, At, At.AddSeconds(5), CancellationToken.None);

        Assert.False(await ledger.TryClaimAsync(Revoke, At.AddSeconds(6), Lease, At.AddSeconds(1), CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(Revoke, At.AddSeconds(6), Lease, At.AddSeconds(5), CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync(Revoke, At.AddSeconds(7), Lease, At.AddSeconds(6), CancellationToken.None));
    }

    [Fact]
    public async Task Complete_ClaimTakenSinceByAnotherRun_LeavesItsLease()
    {
        var ledger = await NewLedgerAsync();
        await ledger.TryClaimAsync(Revoke, At, Lease, At, CancellationToken.None);
        await ledger.TryClaimAsync(Revoke, At + Lease, Lease, At + Lease, CancellationToken.None);

        await ledger.CompleteAsync(Revoke, At, At + Lease, CancellationToken.None);

        Assert.False(await ledger.TryClaimAsync(Revoke, At + Lease + TimeSpan.FromMinutes(1), Lease, At + Lease + TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task Release_OwnClaim_AnotherRunMayClaimAtOnce()
    {
        var ledger = await NewLedgerAsync();
        await ledger.TryClaimAsync(Revoke, At, Lease, At, CancellationToken.None);

        await ledger.ReleaseAsync(Revoke, At, CancellationToken.None);

        Assert.True(await ledger.TryClaimAsync(Revoke, At.AddSeconds(1), Lease, At, CancellationToken.None));
    }

    [Fact]
    public async Task Release_ClaimTakenSinceByAnotherRun_StaysClaimed()
    {
        var ledger = await NewLedgerAsync();
        await ledger.TryClaimAsync(Revoke, At, Lease, At, CancellationToken.None);
        await ledger.TryClaimAsync(Revoke, At + Lease, Lease, At, CancellationToken.None);

        await ledger.ReleaseAsync(Revoke, At, CancellationToken.None);
        await ledger.ReleaseAsync("revoke:never-claimed", At, CancellationToken.None);

        Assert.False(await ledger.TryClaimAsync(Revoke, At + Lease + TimeSpan.FromMinutes(1), Lease, At, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaim_OtherActionKeys_Independent()
    {
        var ledger = await NewLedgerAsync();

        Assert.True(await ledger.TryClaimAsync("a", At, Lease, At, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync("b", At, Lease, At, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaim_LeaseNotPositive_ThrowsArgumentOutOfRange()
    {
        var ledger = await NewLedgerAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ledger.TryClaimAsync(Revoke, At, TimeSpan.Zero, At, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ledger.TryClaimAsync(Revoke, At, -Lease, At, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync(Revoke, At, Lease, At, CancellationToken.None));
    }

    [Fact]
    public async Task Record_EntryWithEveryField_ListedBackEqual()
    {
        var ledger = await NewLedgerAsync();
        var entry = Entry(Revoke, At.AddTicks(3)) with { DryRun = true, Result = ActionResult.WouldApply, FindingIds = ["f/2", "f/1", "f/2"] };

        await ledger.RecordAsync(entry, CancellationToken.None);

        Assert.Equal([entry], await ledger.ListAsync(At, CancellationToken.None));
    }

    [Fact]
    public async Task List_Since_OnlyEntriesAtOrAfterItOldestFirst()
    {
        var ledger = await NewLedgerAsync();
        foreach (var minutes in new[] { 30, 0, 10, 20 })
        {
            await ledger.RecordAsync(Entry($"action-{minutes}", At.AddMinutes(minutes)), CancellationToken.None);
        }

        var listed = await ledger.ListAsync(At.AddMinutes(10), CancellationToken.None);

        Assert.Equal(["action-10", "action-20", "action-30"], listed.Select(e => e.ActionKey));
    }

    [Fact]
    public async Task Record_SameEntryTwice_ListedOnce()
    {
        // A retried record (its first attempt landed, its answer was lost) must not count the action twice.
        var ledger = await NewLedgerAsync();
        var entry = Entry(Revoke, At);

        await ledger.RecordAsync(entry, CancellationToken.None);
        await ledger.RecordAsync(entry, CancellationToken.None);

        Assert.Equal([entry], await ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None));
    }

    [Fact]
    public async Task Record_OutcomeOfAStartedEntry_ReplacesIt()
    {
        // Issue 18: a change is recorded as started before it is made; its outcome, same time, action and task, takes its place.
        var ledger = await NewLedgerAsync();
        var started = Entry(Revoke, At) with { Result = ActionResult.Started, Detail = ActionOutcome.StartedDetail };
        var applied = started with { Result = ActionResult.Applied, Detail = "applied" };

        await ledger.RecordAsync(started, CancellationToken.None);
        await ledger.RecordAsync(applied, CancellationToken.None);

        Assert.Equal([applied], await ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None));
    }

    [Fact]
    public async Task Record_DryRunThenRealRunOfOneChangeAtOneInstant_BothListed()
    {
        // A spec switched from dry-run to remediate within one instant (a frozen test clock, the demo): two attempts, two entries.
        var ledger = await NewLedgerAsync();
        var dryRun = Entry(Revoke, At) with { DryRun = true, Result = ActionResult.WouldApply };
        var real = Entry(Revoke, At);

        await ledger.RecordAsync(dryRun, CancellationToken.None);
        await ledger.RecordAsync(real, CancellationToken.None);

        var listed = await ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(2, listed.Count);
        Assert.Contains(dryRun, listed);
        Assert.Contains(real, listed);
    }

    [Fact]
    public async Task Record_SameActionAtTwoTimes_ListedTwice()
    {
        var ledger = await NewLedgerAsync();
        var first = Entry(Revoke, At) with { Result = ActionResult.Failed, Detail = "throttled" };
        var second = Entry(Revoke, At.AddMinutes(5));

        await ledger.RecordAsync(first, CancellationToken.None);
        await ledger.RecordAsync(second, CancellationToken.None);

        Assert.Equal([first, second], await ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None));
    }

    [Fact]
    public async Task Record_SameActionForTwoTasksAtOneInstant_BothListed()
    {
        // A shared rule: each task it reaches plans the same dry-run revoke, and two may record it at one instant.
        var ledger = await NewLedgerAsync();
        var one = Entry(Revoke, At) with { DryRun = true, Result = ActionResult.WouldApply, TaskArn = "arn:aws:ecs:us-east-1:123456789012:task/win-prod/one" };
        var two = one with { TaskArn = "arn:aws:ecs:us-east-1:123456789012:task/win-prod/two" };

        await ledger.RecordAsync(one, CancellationToken.None);
        await ledger.RecordAsync(two, CancellationToken.None);

        Assert.Equal([one, two], await ledger.ListAsync(At, CancellationToken.None));
    }

    private static LedgerEntry Entry(string actionKey, DateTimeOffset at) => new(
        actionKey, "revoke tcp 3389 from 0.0.0.0/0 on sg-0web", "arn:aws:ecs:us-east-1:123456789012:task/win-prod/abc", "iis-web", 3,
        DryRun: false, ActionResult.Applied, "applied", "spec iis-web forbids RDP from the world", ["sg.forbidden-ingress/sg-0web/tcp-3389"], at);
}
