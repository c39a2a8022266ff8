using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

[Collection(DynaliteFixture.Collection)]
public sealed class DynamoResyncCursorTests(DynaliteFixture dynamo)
{
    private static readonly DateTimeOffset At = new(2025, 11, 25, 14, 20, 0, TimeSpan.Zero);

    [Fact]
    public async Task Get_NothingSaved_Null()
    {
        var cursor = await NewCursorAsync();

        Assert.Null(await cursor.GetAsync("all-selections", CancellationToken.None));
    }

    [Fact]
    public async Task Save_ThenGet_TheLastPositionPerSweep()
    {
        var cursor = await NewCursorAsync();

        await cursor.SaveAsync("all-selections", "win-prod arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a", At, CancellationToken.None);
        await cursor.SaveAsync("all-selections", "win-prod arn:aws:ecs:us-east-1:111122223333:task/win-prod/0b", At.AddSeconds(5), CancellationToken.None);
        await cursor.SaveAsync("other", "a b", At, CancellationToken.None);

        Assert.Equal("win-prod arn:aws:ecs:us-east-1:111122223333:task/win-prod/0b", await cursor.GetAsync("all-selections", CancellationToken.None));
        Assert.Equal("a b", await cursor.GetAsync("other", CancellationToken.None));
    }

    [Fact]
    public async Task Save_AnotherClient_SeesItAtOnce()
    {
        var tables = await dynamo.CreateTablesAsync();
        using var otherClient = dynamo.NewClient();

        await new DynamoResyncCursor(dynamo.Client, tables.State).SaveAsync("all-selections", "x y", At, CancellationToken.None);

        Assert.Equal("x y", await new DynamoResyncCursor(otherClient, tables.State).GetAsync("all-selections", CancellationToken.None));
    }

    private async Task<DynamoResyncCursor> NewCursorAsync() => new(dynamo.Client, (await dynamo.CreateTablesAsync()).State);
}
