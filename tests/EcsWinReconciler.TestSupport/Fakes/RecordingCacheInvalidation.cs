using EcsWinReconciler.Aws.Composition;

namespace EcsWinReconciler.TestSupport.Fakes;

/// <summary>The cache hook for the in-memory world: the fakes read live state, so nothing is kept; what the functions asked to drop is recorded.</summary>
public sealed class RecordingCacheInvalidation : ICacheInvalidation
{
    private readonly List<string> _forgotten = [];

    /// <summary>Resource ids the functions said changed.</summary>
    public IReadOnlyList<string> Forgotten => [.. _forgotten];

    public void ForgetResources(IEnumerable<string> resourceIds) => _forgotten.AddRange(resourceIds);

    /// <summary>The in-memory spec store keeps no list to drop.</summary>
    public void ForgetSpecs()
    {
    }
}
