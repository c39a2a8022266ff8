using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>The <see cref="IRemediationBudget"/> contract on dynalite (the in-memory fake runs it too).</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoRemediationBudgetContractTests(DynaliteFixture dynamo) : RemediationBudgetContract
{
    protected override async Task<IRemediationBudget> NewBudgetAsync(int maxActions, TimeSpan window) =>
        new DynamoRemediationBudget(dynamo.Client, (await dynamo.CreateTablesAsync()).State, new RemediationBudgetOptions(maxActions, window));
}
