using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>
/// The <see cref="ISpecStore"/> contract on dynalite (the in-memory fake runs it too), with the store as the functions
/// compose it: the product's parser of stored documents and the kept list on.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoSpecStoreContractTests(DynaliteFixture dynamo) : SpecStoreContract
{
    protected override async Task<ISpecStore> NewStoreAsync() =>
        new DynamoSpecStore(dynamo.Client, (await dynamo.CreateTablesAsync()).Specs, AwsBackend.ParseStoredDocument, Time);
}
