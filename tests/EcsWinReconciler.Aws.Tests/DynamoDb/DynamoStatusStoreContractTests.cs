using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>
/// The <see cref="IStatusStore"/> contract on dynalite (the in-memory fake runs it too), with the store as the functions
/// compose it (warm cache on); its cold paths and call counts are <see cref="DynamoStatusStoreTests"/>.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoStatusStoreContractTests(DynaliteFixture dynamo) : StatusStoreContract
{
    protected override async Task<IStatusStore> NewStoreAsync() => new DynamoStatusStore(dynamo.Client, (await dynamo.CreateTablesAsync()).State, Time);
}
