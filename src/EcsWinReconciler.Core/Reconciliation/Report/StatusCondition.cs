namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>One condition of a task's status; <see cref="LastTransitionTime"/> moves only when <see cref="Status"/> changes.</summary>
public sealed record StatusCondition(string Type, ConditionStatus Status, string Reason, string Message, DateTimeOffset LastTransitionTime)
{
    public const string EniReady = "EniReady";
    public const string SecurityGroupsCompliant = "SecurityGroupsCompliant";
    public const string DnsCompliant = "DnsCompliant";
}

public enum ConditionStatus
{
    Unknown,
    True,
    False,
}
