namespace EcsWinReconciler.TestSupport.Dynamo.Faults;

/// <summary>
/// A fault for DynamoDB calls of one operation (null: any; e.g. <c>UpdateItem</c>) whose request names
/// <see cref="KeyContains"/> (null: any; e.g. <c>BUDGET#</c>, <c>CLAIM#</c>, <c>ALERT#</c>, <c>TASK#</c>): for the next
/// <see cref="Times"/> matching calls, or, with <see cref="Rate"/>, that fraction of them (drawn from the proxy's seeded
/// source). Neither: every matching call.
/// </summary>
public sealed record DynamoFaultRule(
    DynamoFaultKind Kind,
    string? Operation = null,
    string? KeyContains = null,
    int? Times = null,
    double? Rate = null,
    TimeSpan Delay = default)
{
    public bool Matches(string operation, string body) =>
        (Operation is null || Operation == operation) && (KeyContains is null || body.Contains(KeyContains, StringComparison.Ordinal));
}
