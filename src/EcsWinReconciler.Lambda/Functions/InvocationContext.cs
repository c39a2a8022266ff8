namespace EcsWinReconciler.Lambda.Functions;

/// <summary>What a function knows of its invocation: the request id, the deadline, and when runs over many tasks stop taking batches.</summary>
internal sealed record InvocationContext(string RequestId, DateTimeOffset Deadline, DateTimeOffset StopBy);
