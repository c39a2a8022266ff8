using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Specs;

/// <summary>
/// Reads what <c>-f</c> names — files, directories (recursively) or <c>-</c> for stdin, as many as given — into one
/// result with every error of every document, then checks the specs as one set (names unique, no selector tie). A person is
/// writing, so exceptions are held to now (<see cref="SpecReadOptions"/>: expired or too far ahead is an error).
/// </summary>
internal static class SpecInput
{
    public const string Stdin = "-";

    public static SpecReadResult Read(IReadOnlyList<string> paths, ISpecInputFiles files, TextReader stdin, SpecReadOptions options)
    {
        if (paths.Count == 0)
        {
            throw new CliException("no spec given", "pass -f FILE, -f DIR or -f - (stdin); -f may be repeated");
        }

        var result = SpecReadResult.Empty;
        foreach (var path in paths)
        {
            result = result.Concat(ReadOne(path, files, stdin, options));
        }

        // A directory checked its own set; a multi-document file or several -f need the check across all of them.
        var known = result.Errors.ToHashSet();
        result = result.WithErrors(SpecSetValidator.Validate(result.Specs).Where(e => !known.Contains(e)));
        if (result.IsValid && result.Specs.IsEmpty)
        {
            throw new CliException(
                $"no spec documents in {string.Join(", ", paths)}",
                "spec files end in .yaml, .yml or .json and hold documents of kind TaskNetworkSpec ('ewr spec schema' prints their schema)");
        }

        return result;
    }

    private static SpecReadResult ReadOne(string path, ISpecInputFiles files, TextReader stdin, SpecReadOptions options)
    {
        if (path == Stdin)
        {
            return SpecReader.Read("<stdin>", stdin.ReadToEnd(), options);
        }

        const string Hint = "check the path given to -f (relative paths start at the current directory) and that you may read it";
        try
        {
            return files.KindOf(path) switch
            {
                InputPathKind.Directory => SpecDirectoryReader.Read(files, path, options),
                InputPathKind.File => SpecReader.Read(path, InputFiles.Read(files, path, Hint), options),
                _ => throw new CliException($"{path}: no such file or directory", Hint),
            };
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{path}: permission denied", Hint);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot be read ({e.Message.TrimEnd('.')})", Hint);
        }
    }
}
