using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// What an <see cref="IPortsFactory"/> builds: the reconciler's ports, when the adapters count them their API calls, and
/// <see cref="ForgetSpecs"/>, which drops the spec list the adapters keep across warm invocations (the spec-change
/// function calls it before it reconciles, so it judges with the specs the stream just announced).
/// </summary>
public sealed record FunctionPorts(ReconcilerPorts Ports, IApiCallCounter? ApiCalls = null, Action? ForgetSpecs = null);
