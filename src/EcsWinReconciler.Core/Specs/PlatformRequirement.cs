namespace EcsWinReconciler.Core.Specs;

/// <summary>The only platform the product judges; other tasks are skipped with a reason.</summary>
public enum PlatformRequirement
{
    Windows,
}
