namespace EcsWinReconciler.TestSupport.Dynamo.Faults;

/// <summary>
/// One call that went through the proxy: its operation, the fault it got (null: none), the status answered (0: no answer), and
/// the latency added before it was handled.
/// </summary>
public sealed record ProxiedCall(string Operation, DynamoFaultKind? Fault, int Status, TimeSpan Delay = default);
