using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>The <see cref="IResyncCursor"/> contract on dynalite (the in-memory fake runs it too).</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoResyncCursorContractTests(DynaliteFixture dynamo) : ResyncCursorContract
{
    protected override async Task<IResyncCursor> NewCursorAsync() => new DynamoResyncCursor(dynamo.Client, (await dynamo.CreateTablesAsync()).State);
}
