using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;

namespace EcsWinReconciler.Core.Tests.InMemory;

/// <summary>The <see cref="IResyncCursor"/> contract on the in-memory fake (the DynamoDB adapter runs it too).</summary>
public sealed class InMemoryResyncCursorContractTests : ResyncCursorContract
{
    protected override Task<IResyncCursor> NewCursorAsync() => Task.FromResult<IResyncCursor>(new InMemoryResyncCursor());
}
