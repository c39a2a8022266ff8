using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>What only the DynamoDB cursor shows; the behaviour every cursor has is in <see cref="DynamoResyncCursorContractTests"/>.</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoResyncCursorTests(DynaliteFixture dynamo)
{
    private static readonly DateTimeOffset At = new(2025, 11, 25, 14, 20, 0, TimeSpan.Zero);

    [Fact]
    public async Task Save_AnotherClient_SeesItAtOnce()
    {
        var tables = await dynamo.CreateTablesAsync();
        using var otherClient = dynamo.NewClient();

        await new DynamoResyncCursor(dynamo.Client, tables.State).SaveAsync("all-selections", "x y", At, CancellationToken.None);

        Assert.Equal("x y", await new DynamoResyncCursor(otherClient, tables.State).GetAsync("all-selections", CancellationToken.None));
    }
}
