namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>What <c>invocation/next</c> answered, before the runtime settles the deadline.</summary>
internal sealed record NextInvocation(string RequestId, DateTimeOffset? Deadline, string? InvokedFunctionArn, string? TraceId, byte[] Body);
