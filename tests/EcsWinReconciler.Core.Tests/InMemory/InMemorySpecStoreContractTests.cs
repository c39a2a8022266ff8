using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;

namespace EcsWinReconciler.Core.Tests.InMemory;

/// <summary>The <see cref="ISpecStore"/> contract on the in-memory fake (the DynamoDB adapter runs it too).</summary>
public sealed class InMemorySpecStoreContractTests : SpecStoreContract
{
    protected override Task<ISpecStore> NewStoreAsync() => Task.FromResult<ISpecStore>(new InMemorySpecStore());
}
