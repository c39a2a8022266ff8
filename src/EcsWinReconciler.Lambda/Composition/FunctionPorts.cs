using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>What an <see cref="IPortsFactory"/> builds: the reconciler's ports and, when the adapters count them, their API calls.</summary>
public sealed record FunctionPorts(ReconcilerPorts Ports, IApiCallCounter? ApiCalls = null);
