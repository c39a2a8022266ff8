using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Lambda.Tests.Repository;

/// <summary>
/// The repository's own source files, read as text, for the checks that span every project (one Lambda process
/// loads them all, so their log event ids and the facts they cite are one set).
/// </summary>
internal static class RepositorySources
{
    /// <summary>Every file under <paramref name="folder"/> (src or tests) with one of the extensions, bin/ and obj/ left out.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string folder, params string[] extensions)
    {
        var root = RepositoryPaths.RepositoryRoot;
        return
        [
            .. Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories)
                .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(f => (f, File.ReadAllText(Path.Combine(root, f)))),
        ];
    }
}
