namespace EcsWinReconciler.TestSupport.Reference;

/// <summary>Finds the repository root and the data that lives beside it (never inside it).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding EcsWinReconciler.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>
    /// <c>../shared/reference</c> from the repository root (override: EWR_REFERENCE_DIR). It exists on the
    /// project's own machines and in CI, not in a user's clone: tests that read it skip when it is absent.
    /// </summary>
    public static string ReferenceRoot =>
        Environment.GetEnvironmentVariable("EWR_REFERENCE_DIR") is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference"));

    /// <summary>Debian's python3-botocore API models (override: EWR_BOTOCORE_DATA).</summary>
    public static string BotocoreData =>
        Environment.GetEnvironmentVariable("EWR_BOTOCORE_DATA") is { Length: > 0 } dir
            ? dir
            : "/usr/lib/python3/dist-packages/botocore/data";

    public static string Reference(params string[] parts) => Path.Combine([ReferenceRoot, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcsWinReconciler.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException(
            $"EcsWinReconciler.sln not found above {AppContext.BaseDirectory}; run the tests from a clone of the repository");
    }
}
