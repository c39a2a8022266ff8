using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>What only the DynamoDB budget shows; the behaviour every budget has is in <see cref="DynamoRemediationBudgetContractTests"/>.</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoRemediationBudgetTests(DynaliteFixture dynamo)
{
    private static readonly DateTimeOffset At = new(2025, 11, 25, 14, 20, 0, TimeSpan.Zero);

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
}
