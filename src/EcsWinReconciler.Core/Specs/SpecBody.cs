namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// The desired state. A section left out (null) is not checked at all; <see cref="Suspend"/> keeps the
/// spec selecting its tasks (so a cluster default does not take over) while nothing is judged or done.
/// </summary>
public sealed record SpecBody(
    TaskSelector Selector,
    PlatformRequirement Platform,
    EniSpec? Eni,
    SecurityGroupSpec? SecurityGroups,
    DnsSpec? Dns,
    RemediationSpec Remediation,
    AlertSpec Alerts,
    bool Suspend = false)
{
    /// <summary>The Active Directory the tasks depend on; null: not checked.</summary>
    public ActiveDirectorySpec? ActiveDirectory { get; init; }

    /// <summary>Approved deviations (<c>spec.exceptions</c>), in the order written; lapsed ones stay until someone removes them.</summary>
    public Common.EquatableArray<ExceptionEntry> Exceptions { get; init; } = [];
}
