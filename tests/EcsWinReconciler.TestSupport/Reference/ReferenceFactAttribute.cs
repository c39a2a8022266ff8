using Xunit;

namespace EcsWinReconciler.TestSupport.Reference;

/// <summary>
/// A fact that needs <c>../shared/reference</c>: skipped, with the reason stated, where that folder is absent
/// (a user's clone). The project's own tests never depend on it.
/// </summary>
public sealed class ReferenceFactAttribute : FactAttribute
{
    public ReferenceFactAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.ReferenceRoot))
        {
            Skip = SkipReasons.ReferenceAbsent;
        }
    }
}

/// <summary>A theory over <c>../shared/reference</c> data; skipped with a reason where it is absent.</summary>
public sealed class ReferenceTheoryAttribute : TheoryAttribute
{
    public ReferenceTheoryAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.ReferenceRoot))
        {
            Skip = SkipReasons.ReferenceAbsent;
        }
    }
}

/// <summary>A fact that reads the official AWS API models (Debian's python3-botocore); skipped with a reason without them.</summary>
public sealed class BotocoreFactAttribute : FactAttribute
{
    public BotocoreFactAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.BotocoreData))
        {
            Skip = SkipReasons.BotocoreAbsent;
        }
    }
}

/// <summary>A theory over the official AWS API models; skipped with a reason without them.</summary>
public sealed class BotocoreTheoryAttribute : TheoryAttribute
{
    public BotocoreTheoryAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.BotocoreData))
        {
            Skip = SkipReasons.BotocoreAbsent;
        }
    }
}

internal static class SkipReasons
{
    public static string ReferenceAbsent =>
        $"reference data not found at {RepositoryPaths.ReferenceRoot} (it exists beside the project's own checkouts and in CI, not in clones)";

    public static string BotocoreAbsent =>
        $"AWS API models not found at {RepositoryPaths.BotocoreData} (install Debian's python3-botocore, as .ci/run does)";
}
