namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>The calls one port-method invocation put on the wire (<c>IPort.Method</c>), and whether it was a dry run.</summary>
internal sealed record PortRecording(string PortMethod, bool DryRun, IReadOnlyList<WireCall> Calls);
