using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;

namespace EcsWinReconciler.Core.Tests.InMemory;

/// <summary>The <see cref="IActionLedger"/> contract on the in-memory fake (the DynamoDB adapter runs it too).</summary>
public sealed class InMemoryActionLedgerContractTests : ActionLedgerContract
{
    protected override Task<IActionLedger> NewLedgerAsync() => Task.FromResult<IActionLedger>(new InMemoryActionLedger());
}
