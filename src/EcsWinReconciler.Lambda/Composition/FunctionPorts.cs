using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.Configuration.Deadlines;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// What an <see cref="IPortsFactory"/> builds: the reconciler's ports, when the adapters count them their API calls, and
/// <see cref="Caches"/>, which drops what the adapters keep across warm invocations (the api-change and spec-change
/// functions call it before they reconcile, so they judge with the world their event just announced). <see cref="Deadline"/>,
/// when the adapters have one, is where each invocation puts the end its AWS calls keep to. <see cref="Places"/>, on AWS, gives
/// the ports of the members' accounts and regions (<see cref="Ports"/> are then the hub's own place's); without it there is one place.
/// </summary>
public sealed record FunctionPorts(ReconcilerPorts Ports, IApiCallCounter? ApiCalls = null, ICacheInvalidation? Caches = null, CallDeadline? Deadline = null)
{
    public IPlaces? Places { get; init; }
}
