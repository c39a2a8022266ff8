namespace EcsWinReconciler.Sandbox.Faults;

/// <summary>
/// A fault for calls of one service (and optionally one operation): for the next <see cref="Times"/> matching
/// calls, or — with <see cref="Rate"/> — for that fraction of them, drawn from the seeded source. Neither: every call.
/// </summary>
public sealed record FaultRule(
    string Service,
    string? Operation,
    FaultKind Kind,
    int? Times = null,
    double? Rate = null,
    TimeSpan Delay = default,
    int Status = 500)
{
    public bool Matches(string service, string operation) =>
        string.Equals(Service, service, StringComparison.OrdinalIgnoreCase) && (Operation is null || Operation == operation);
}
