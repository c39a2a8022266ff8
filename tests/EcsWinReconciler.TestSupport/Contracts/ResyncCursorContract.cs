using EcsWinReconciler.Core.Ports;
using Xunit;

namespace EcsWinReconciler.TestSupport.Contracts;

/// <summary>
/// What every <see cref="IResyncCursor"/> does, as its XML doc says: one position per sweep, null until one is saved,
/// last writer wins. Run against the in-memory fake and the DynamoDB adapter, so the fake stays honest.
/// </summary>
public abstract class ResyncCursorContract
{
    protected static readonly DateTimeOffset At = new(2025, 11, 25, 14, 20, 0, TimeSpan.Zero);

    private const string Sweep = "all-selections";

    /// <summary>A cursor with nothing saved, on storage of its own.</summary>
    protected abstract Task<IResyncCursor> NewCursorAsync();

    [Fact]
    public async Task Get_NothingSaved_Null()
    {
        var cursor = await NewCursorAsync();

        Assert.Null(await cursor.GetAsync(Sweep, CancellationToken.None));
    }

    [Fact]
    public async Task Save_ThenGet_TheLastPositionPerSweep()
    {
        var cursor = await NewCursorAsync();

        await cursor.SaveAsync(Sweep, "win-prod arn:aws:ecs:us-east-1:111122223333:task/win-prod/0a", At, CancellationToken.None);
        await cursor.SaveAsync(Sweep, "win-prod arn:aws:ecs:us-east-1:111122223333:task/win-prod/0b", At.AddSeconds(5), CancellationToken.None);
        await cursor.SaveAsync("other", "a b", At, CancellationToken.None);

        Assert.Equal("win-prod arn:aws:ecs:us-east-1:111122223333:task/win-prod/0b", await cursor.GetAsync(Sweep, CancellationToken.None));
        Assert.Equal("a b", await cursor.GetAsync("other", CancellationToken.None));
        Assert.Null(await cursor.GetAsync("never-saved", CancellationToken.None));
    }

    [Fact]
    public async Task Save_PositionBeforeTheSavedOne_LastWriterWins()
    {
        var cursor = await NewCursorAsync();
        await cursor.SaveAsync(Sweep, "win-prod b", At, CancellationToken.None);

        await cursor.SaveAsync(Sweep, "win-prod a", At.AddSeconds(5), CancellationToken.None);

        Assert.Equal("win-prod a", await cursor.GetAsync(Sweep, CancellationToken.None));
    }

    [Fact]
    public async Task Save_WithAnEarlierTimeThanTheSavedOne_LastWriterWins()
    {
        var cursor = await NewCursorAsync();
        await cursor.SaveAsync(Sweep, "win-prod a", At, CancellationToken.None);

        await cursor.SaveAsync(Sweep, "win-prod b", At.AddMinutes(-1), CancellationToken.None);

        Assert.Equal("win-prod b", await cursor.GetAsync(Sweep, CancellationToken.None));
    }
}
