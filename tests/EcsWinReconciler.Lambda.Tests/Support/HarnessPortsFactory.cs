using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.TestSupport.Fakes;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Tests.Support;

/// <summary>The seam filled with the in-memory AWS world of a <see cref="ReconcilerHarness"/>; counts its calls as API calls.</summary>
internal sealed class HarnessPortsFactory(ReconcilerHarness harness) : IPortsFactory, IApiCallCounter
{
    public FunctionSettings? Received { get; private set; }

    public long Total => harness.World.TotalCalls;

    public FunctionPorts Create(FunctionSettings settings, TimeProvider time, ILoggerFactory loggerFactory)
    {
        Received = settings;
        return new FunctionPorts(harness.Ports, this, harness.Caches);
    }
}
