namespace EcsWinReconciler.Cli.Specs;

/// <summary>
/// The real file system under <c>-f DIR</c>. Hidden directories (<c>.git</c>, <c>.github</c>, …) are skipped: their
/// YAML (workflows, tooling) is never a spec, and reading it would turn every apply into a validation error.
/// </summary>
public sealed class FileSystemSpecFiles : ISpecInputFiles
{
    public IEnumerable<string> ListFiles(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*", options).Where(f => !IsHidden(f)))
            {
                yield return file;
            }

            foreach (var child in Directory.EnumerateDirectories(directory, "*", options).Where(d => !IsHidden(d)))
            {
                pending.Push(child);
            }
        }
    }

    public string ReadText(string path) => File.ReadAllText(path);

    public InputPathKind KindOf(string path) =>
        Directory.Exists(path) ? InputPathKind.Directory : File.Exists(path) ? InputPathKind.File : InputPathKind.Missing;

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');
}
