using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Contracts;

namespace EcsWinReconciler.Core.Tests.InMemory;

/// <summary>The <see cref="IRecheckQueue"/> contract on the in-memory fake (the SQS adapter runs it too, in EndToEnd).</summary>
public sealed class InMemoryRecheckQueueContractTests : RecheckQueueContract
{
    protected override Task<IRecheckQueue> NewQueueAsync() => Task.FromResult<IRecheckQueue>(new InMemoryRecheckQueue());

    protected override int SentCount(IRecheckQueue queue) => ((InMemoryRecheckQueue)queue).Sent.Count;
}
