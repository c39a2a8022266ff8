using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;

namespace EcsWinReconciler.Core.Tests.InMemory;

/// <summary>The <see cref="IStatusStore"/> contract on the in-memory fake (the DynamoDB adapter runs it too).</summary>
public sealed class InMemoryStatusStoreContractTests : StatusStoreContract
{
    protected override Task<IStatusStore> NewStoreAsync() => Task.FromResult<IStatusStore>(new InMemoryStatusStore());
}
