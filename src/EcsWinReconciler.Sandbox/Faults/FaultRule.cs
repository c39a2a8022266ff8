namespace EcsWinReconciler.Sandbox.Faults;

/// <summary>
/// A fault for calls of one service (and optionally one operation): for the next <see cref="Times"/> matching
/// calls, or — with <see cref="Rate"/> — for that fraction of them, drawn from the seeded source. Neither: every call.
/// With <see cref="Account"/> or <see cref="Region"/> set, only calls answered in that account or region match, so one
/// member can fail while the others work.
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
    /// <summary>The account whose calls match (null: any).</summary>
    public string? Account { get; init; }

    /// <summary>The region whose calls match (null: any).</summary>
    public string? Region { get; init; }

    public bool Matches(string service, string operation) =>
        string.Equals(Service, service, StringComparison.OrdinalIgnoreCase) && (Operation is null || Operation == operation);

    /// <summary>Whether a call of <paramref name="operation"/> answered in (<paramref name="account"/>, <paramref name="region"/>) matches.</summary>
    public bool Matches(string service, string operation, string account, string region) =>
        Matches(service, operation) && (Account is null || Account == account) && (Region is null || Region == region);
}
