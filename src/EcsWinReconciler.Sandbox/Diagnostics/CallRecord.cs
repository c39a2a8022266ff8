namespace EcsWinReconciler.Sandbox.Diagnostics;

/// <summary>One API call as answered: service, operation, HTTP status and error code (null on success).</summary>
public sealed record CallRecord(long Sequence, string Service, string Operation, int Status, string? ErrorCode, DateTimeOffset At);
