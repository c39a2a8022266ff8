namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// Task: the root cause belongs to this task (its ENI, its subnet). Shared: the root cause is a resource
/// many tasks share (a group rule, the VPC, the DHCP options, the host), so one alert lists every task it affects.
/// </summary>
public enum FindingScope
{
    Task,
    Shared,
}
