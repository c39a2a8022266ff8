namespace EcsWinReconciler.Sandbox.State;

/// <summary>One entry of a service's event log (DescribeServices <c>events[]</c>), e.g. "(service web) has reached a steady state.".</summary>
public sealed record ServiceEvent(string Id, DateTimeOffset CreatedAt, string Message);
