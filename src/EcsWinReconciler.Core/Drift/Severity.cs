namespace EcsWinReconciler.Core.Drift;

/// <summary>How bad a finding is; ordered, so thresholds compare.</summary>
public enum Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
