using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

[Collection(DynaliteFixture.Collection)]
public sealed class DynamoActionLedgerTests(DynaliteFixture dynamo)
{
    private static readonly DateTimeOffset At = new(2025, 11, 25, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task TryClaim_TwentyRunsAtOnce_ExactlyOneWins()
    {
        var ledger = await NewLedgerAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => ledger.TryClaimAsync("revoke:sg-0web:sgr-1", At, Lease, CancellationToken.None))));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task TryClaim_WhileLeaseLiveThenAfterItEnds_FalseThenTrue()
    {
        var ledger = await NewLedgerAsync();
        await ledger.TryClaimAsync("revoke:sg-0web:sgr-1", At, Lease, CancellationToken.None);

        var during = await ledger.TryClaimAsync("revoke:sg-0web:sgr-1", At + Lease - TimeSpan.FromTicks(1), Lease, CancellationToken.None);
        var after = await ledger.TryClaimAsync("revoke:sg-0web:sgr-1", At + Lease, Lease, CancellationToken.None);
        var renewed = await ledger.TryClaimAsync("revoke:sg-0web:sgr-1", At + Lease + TimeSpan.FromMinutes(1), Lease, CancellationToken.None);

        Assert.False(during);
        Assert.True(after);
        Assert.False(renewed);
    }

    [Fact]
    public async Task TryClaim_OtherActionKeys_Independent()
    {
        var ledger = await NewLedgerAsync();

        Assert.True(await ledger.TryClaimAsync("a", At, Lease, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync("b", At, Lease, CancellationToken.None));
    }

    [Fact]
    public async Task Record_EntryWithEveryField_ListedBackEqualWithTtlAfterRetention()
    {
        var tables = await dynamo.CreateTablesAsync();
        var ledger = new DynamoActionLedger(dynamo.Client, tables.State, entryRetention: TimeSpan.FromDays(30));
        var entry = Entry("revoke:sg-0web:sgr-1", At.AddTicks(3)) with { DryRun = true, Result = ActionResult.WouldApply, FindingIds = ["f/2", "f/1", "f/2"] };

        await ledger.RecordAsync(entry, CancellationToken.None);
        var listed = await ledger.ListAsync(At, CancellationToken.None);
        var raw = await dynamo.Client.QueryAsync(new QueryRequest
        {
            TableName = tables.State,
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new() { S = "LEDGER" } },
        });

        Assert.Equal([entry], listed);
        Assert.Equal((At.AddDays(30).ToUnixTimeSeconds() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), raw.Items[0]["ttl"].N);
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
        var ledger = await NewLedgerAsync();
        var entry = Entry("revoke:sg-0web:sgr-1", At);

        await ledger.RecordAsync(entry, CancellationToken.None);
        await ledger.RecordAsync(entry, CancellationToken.None);

        Assert.Equal([entry], await ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None));
    }

    private static LedgerEntry Entry(string actionKey, DateTimeOffset at) => new(
        actionKey, "revoke tcp 3389 from 0.0.0.0/0 on sg-0web", "arn:aws:ecs:us-east-1:123456789012:task/win-prod/abc", "iis-web", 3,
        DryRun: false, ActionResult.Applied, "applied", "spec iis-web forbids RDP from the world", ["sg.forbidden-ingress/sg-0web/tcp-3389"], at);

    private async Task<DynamoActionLedger> NewLedgerAsync() => new(dynamo.Client, (await dynamo.CreateTablesAsync()).State);
}
