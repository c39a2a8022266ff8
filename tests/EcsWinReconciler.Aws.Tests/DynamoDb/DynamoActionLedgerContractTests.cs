using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>The <see cref="IActionLedger"/> contract on dynalite (the in-memory fake runs it too).</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoActionLedgerContractTests(DynaliteFixture dynamo) : ActionLedgerContract
{
    protected override async Task<IActionLedger> NewLedgerAsync() => new DynamoActionLedger(dynamo.Client, (await dynamo.CreateTablesAsync()).State);
}
