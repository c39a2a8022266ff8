using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;

namespace EcsWinReconciler.Core.Tests.InMemory;

/// <summary>The <see cref="IAlertStore"/> contract on the in-memory fake (the DynamoDB adapter runs it too).</summary>
public sealed class InMemoryAlertStoreContractTests : AlertStoreContract
{
    protected override Task<IAlertStore> NewStoreAsync() => Task.FromResult<IAlertStore>(new InMemoryAlertStore());
}
