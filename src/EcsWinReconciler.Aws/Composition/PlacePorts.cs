using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.Composition;

/// <summary>The reconciler's ports for one account and region, and what drops that place's kept reads (<see cref="AwsBackend.PortsFor"/>).</summary>
public sealed record PlacePorts(ReconcilerPorts Ports, ICacheInvalidation Caches);
