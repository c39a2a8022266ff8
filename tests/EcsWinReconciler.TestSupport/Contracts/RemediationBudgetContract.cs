using EcsWinReconciler.Core.Ports;
using Xunit;

namespace EcsWinReconciler.TestSupport.Contracts;

/// <summary>
/// What every <see cref="IRemediationBudget"/> does, as its XML doc says: at most the maximum per window however many
/// consumers race for it, and a new window (aligned to the Unix epoch) starts full. Run against the in-memory fake and
/// the DynamoDB adapter, so the fake stays honest.
/// </summary>
public abstract class RemediationBudgetContract
{
    protected static readonly DateTimeOffset At = new(2025, 11, 25, 14, 20, 0, TimeSpan.Zero);

    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>A budget of <paramref name="maxActions"/> per <paramref name="window"/>, nothing consumed, on storage of its own.</summary>
    protected abstract Task<IRemediationBudget> NewBudgetAsync(int maxActions, TimeSpan window);

    [Fact]
    public async Task TryConsume_FiftyConsumersAtOnce_NeverPastTheMaximum()
    {
        var budget = await NewBudgetAsync(7, Hour);

        var taken = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => budget.TryConsumeAsync(At, CancellationToken.None))));

        Assert.Equal(7, taken.Count(t => t));
        Assert.Equal(0, await budget.RemainingAsync(At, CancellationToken.None));
    }

    [Fact]
    public async Task Remaining_CountsDownPerConsumption()
    {
        var budget = await NewBudgetAsync(3, Hour);
        Assert.Equal(3, await budget.RemainingAsync(At, CancellationToken.None));

        await budget.TryConsumeAsync(At, CancellationToken.None);

        Assert.Equal(2, await budget.RemainingAsync(At.AddMinutes(30), CancellationToken.None));
    }

    [Fact]
    public async Task TryConsume_NextWindow_StartsFull()
    {
        var budget = await NewBudgetAsync(2, Hour);
        await budget.TryConsumeAsync(At, CancellationToken.None);
        await budget.TryConsumeAsync(At, CancellationToken.None);
        var endOfWindow = new DateTimeOffset(2025, 11, 25, 14, 59, 59, TimeSpan.Zero);
        var nextWindow = new DateTimeOffset(2025, 11, 25, 15, 0, 0, TimeSpan.Zero);

        Assert.False(await budget.TryConsumeAsync(endOfWindow, CancellationToken.None));
        Assert.Equal(2, await budget.RemainingAsync(nextWindow, CancellationToken.None));
        Assert.True(await budget.TryConsumeAsync(nextWindow, CancellationToken.None));
        Assert.Equal(1, await budget.RemainingAsync(nextWindow, CancellationToken.None));
    }

    [Fact]
    public async Task TryConsume_ConcurrentConsumersInTwoWindows_TheMaximumInEach()
    {
        var budget = await NewBudgetAsync(5, Hour);
        var later = At.AddHours(1);

        var first = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => budget.TryConsumeAsync(At, CancellationToken.None))));
        var second = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => budget.TryConsumeAsync(later, CancellationToken.None))));

        Assert.Equal((5, 5), (first.Count(t => t), second.Count(t => t)));
        Assert.Equal((0, 0), (await budget.RemainingAsync(At, CancellationToken.None), await budget.RemainingAsync(later, CancellationToken.None)));
    }

    [Fact]
    public async Task TryConsume_MaximumZero_AlwaysFalse()
    {
        var budget = await NewBudgetAsync(0, Hour);

        Assert.False(await budget.TryConsumeAsync(At, CancellationToken.None));
        Assert.Equal(0, await budget.RemainingAsync(At, CancellationToken.None));
    }

    [Fact]
    public async Task TryConsume_SevenMinuteWindows_AlignedToTheEpochNotToTheFirstConsumption()
    {
        // 7-minute windows counted from the epoch: 14:20 lies in [14:17, 14:24), so 14:24 already starts the next one.
        var budget = await NewBudgetAsync(1, TimeSpan.FromMinutes(7));
        var nextWindow = new DateTimeOffset(2025, 11, 25, 14, 24, 0, TimeSpan.Zero);

        Assert.True(await budget.TryConsumeAsync(At, CancellationToken.None));
        Assert.False(await budget.TryConsumeAsync(nextWindow.AddTicks(-1), CancellationToken.None));
        Assert.True(await budget.TryConsumeAsync(nextWindow, CancellationToken.None));
    }
}
