namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// Task: the root cause is this task itself (its ENI). Shared: the root is something many tasks share (a service's
/// network configuration, a group rule, the VPC, the DHCP options, the host), so one alert lists every task it affects.
/// Derived from <see cref="Finding.Root"/>.
/// </summary>
public enum FindingScope
{
    Task,
    Shared,
}
