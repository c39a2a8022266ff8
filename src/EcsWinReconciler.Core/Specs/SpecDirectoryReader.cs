using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// Reads every <c>.yaml</c>, <c>.yml</c> and <c>.json</c> file under a root (recursively, in ordinal path order,
/// so results do not depend on the file system's listing order), then checks the specs as a set
/// (<see cref="SpecSetValidator"/>): a directory is one declaration, so duplicate names and selector ties are errors.
/// </summary>
public static class SpecDirectoryReader
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static SpecReadResult Read(ISpecFileSource files, string root) => Read(files, root, SpecReadOptions.Stored);

    public static SpecReadResult Read(ISpecFileSource files, string root, SpecReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        var result = SpecReadResult.Empty;
        foreach (var path in SpecFiles(files, root))
        {
            result = result.Concat(SpecReader.Read(path, files.ReadText(path), options));
        }

        return result.WithErrors(SpecSetValidator.Validate(result.Specs));
    }

    /// <summary>The spec files under <paramref name="root"/>, in the order they are read.</summary>
    public static EquatableArray<string> SpecFiles(ISpecFileSource files, string root)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.ListFiles(root)
            .Where(path => Extensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
