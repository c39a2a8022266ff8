using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

[Collection(DynaliteFixture.Collection)]
public sealed class DynamoRemediationBudgetTests(DynaliteFixture dynamo)
{
    private static readonly DateTimeOffset At = new(2025, 11, 25, 14, 20, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryConsume_FiftyConsumersAtOnce_NeverPastTheMaximum()
    {
        var budget = await NewBudgetAsync(new RemediationBudgetOptions(7, TimeSpan.FromHours(1)));

        var taken = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => budget.TryConsumeAsync(At, CancellationToken.None))));

        Assert.Equal(7, taken.Count(t => t));
        Assert.Equal(0, await budget.RemainingAsync(At, CancellationToken.None));
    }

    [Fact]
    public async Task Remaining_CountsDownPerConsumption()
    {
        var budget = await NewBudgetAsync(new RemediationBudgetOptions(3, TimeSpan.FromHours(1)));
        Assert.Equal(3, await budget.RemainingAsync(At, CancellationToken.None));

        await budget.TryConsumeAsync(At, CancellationToken.None);

        Assert.Equal(2, await budget.RemainingAsync(At.AddMinutes(30), CancellationToken.None));
    }

    [Fact]
    public async Task TryConsume_NextWindow_StartsFull()
    {
        var budget = await NewBudgetAsync(new RemediationBudgetOptions(2, TimeSpan.FromHours(1)));
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
    public async Task TryConsume_MaximumZero_AlwaysFalse()
    {
        var budget = await NewBudgetAsync(new RemediationBudgetOptions(0, TimeSpan.FromHours(1)));

        Assert.False(await budget.TryConsumeAsync(At, CancellationToken.None));
        Assert.Equal(0, await budget.RemainingAsync(At, CancellationToken.None));
    }

    [Fact]
    public async Task TryConsume_TwoStoresOnOneTable_ShareTheAccountWideCount()
    {
        var tables = await dynamo.CreateTablesAsync();
        var options = new RemediationBudgetOptions(1, TimeSpan.FromHours(1));
        var one = new DynamoRemediationBudget(dynamo.Client, tables.State, options);
        using var otherClient = dynamo.NewClient();
        var other = new DynamoRemediationBudget(otherClient, tables.State, options);

        Assert.True(await one.TryConsumeAsync(At, CancellationToken.None));
        Assert.False(await other.TryConsumeAsync(At, CancellationToken.None));
    }

    private async Task<DynamoRemediationBudget> NewBudgetAsync(RemediationBudgetOptions options) =>
        new(dynamo.Client, (await dynamo.CreateTablesAsync()).State, options);
}
