namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>
/// One invocation as the Lambda Runtime API hands it out: the ids and the deadline from the response headers of
/// <c>GET /runtime/invocation/next</c>, and the event body (never logged).
/// </summary>
public sealed record LambdaInvocation(string RequestId, DateTimeOffset Deadline, string? InvokedFunctionArn, string? TraceId, ReadOnlyMemory<byte> Body);
