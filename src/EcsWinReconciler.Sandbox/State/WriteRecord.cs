namespace EcsWinReconciler.Sandbox.State;

/// <summary>One state change made by an API call (dry runs and rejected calls make none).</summary>
public sealed record WriteRecord(long Sequence, string Service, string Operation, string ResourceId, string Summary, DateTimeOffset At);
