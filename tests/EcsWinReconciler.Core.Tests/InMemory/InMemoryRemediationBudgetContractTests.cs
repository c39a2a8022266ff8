using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;

namespace EcsWinReconciler.Core.Tests.InMemory;

/// <summary>The <see cref="IRemediationBudget"/> contract on the in-memory fake (the DynamoDB adapter runs it too).</summary>
public sealed class InMemoryRemediationBudgetContractTests : RemediationBudgetContract
{
    protected override Task<IRemediationBudget> NewBudgetAsync(int maxActions, TimeSpan window) =>
        Task.FromResult<IRemediationBudget>(new InMemoryRemediationBudget(maxActions, window));
}
