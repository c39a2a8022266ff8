using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>The <see cref="IAlertStore"/> contract on dynalite (the in-memory fake runs it too).</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoAlertStoreContractTests(DynaliteFixture dynamo) : AlertStoreContract
{
    protected override async Task<IAlertStore> NewStoreAsync() => new DynamoAlertStore(dynamo.Client, (await dynamo.CreateTablesAsync()).State);
}
