namespace EcsWinReconciler.TestSupport.Dynamo.Faults;

/// <summary>One call that went through the proxy: its operation, the fault it got (null: none) and the status answered (0: no answer).</summary>
public sealed record ProxiedCall(string Operation, DynamoFaultKind? Fault, int Status);
