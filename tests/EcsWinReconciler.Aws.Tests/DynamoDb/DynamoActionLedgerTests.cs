using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>What only the DynamoDB ledger shows; the behaviour every ledger has is in <see cref="DynamoActionLedgerContractTests"/>.</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoActionLedgerTests(DynaliteFixture dynamo)
{
    private static readonly DateTimeOffset At = new(2025, 11, 25, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Record_Entry_TtlIsTheRetentionAfterItsTime()
    {
        var tables = await dynamo.CreateTablesAsync();
        var ledger = new DynamoActionLedger(dynamo.Client, tables.State, entryRetention: TimeSpan.FromDays(30));

        await ledger.RecordAsync(Entry("revoke:sg-0web:sgr-1", At.AddTicks(3)), CancellationToken.None);
        var raw = await dynamo.Client.QueryAsync(new QueryRequest
        {
            TableName = tables.State,
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new() { S = "LEDGER" } },
        });

        Assert.Equal((At.AddDays(30).ToUnixTimeSeconds() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), raw.Items[0]["ttl"].N);
    }

    private static LedgerEntry Entry(string actionKey, DateTimeOffset at) => new(
        actionKey, "revoke tcp 3389 from 0.0.0.0/0 on sg-0web", "arn:aws:ecs:us-east-1:123456789012:task/win-prod/abc", "iis-web", 3,
        DryRun: false, ActionResult.Applied, "applied", "spec iis-web forbids RDP from the world", ["sg.forbidden-ingress/sg-0web/tcp-3389"], at);
}
