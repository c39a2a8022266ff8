using EcsWinReconciler.Core.InMemory;

namespace EcsWinReconciler.Core.Tests.InMemory;

public class InMemoryRemediationBudgetTests
{
    [Fact]
    public async Task TryConsume_ConcurrentConsumers_NeverPastTheMaxAndResetsNextWindow()
    {
        var budget = new InMemoryRemediationBudget(5, TimeSpan.FromHours(1));
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        var granted = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => budget.TryConsumeAsync(now, CancellationToken.None))));

        Assert.Equal(5, granted.Count(g => g));
        Assert.Equal(0, await budget.RemainingAsync(now, CancellationToken.None));
        Assert.Equal(5, await budget.RemainingAsync(now.AddHours(1), CancellationToken.None));
    }
}
