namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// The files of a spec directory, supplied by the caller (the CLI wraps the real file system; tests use a
/// dictionary), so Core reads directories without doing I/O itself.
/// </summary>
public interface ISpecFileSource
{
    /// <summary>Every file under <paramref name="root"/>, recursively, in any order; paths as <see cref="ReadText"/> takes them.</summary>
    IEnumerable<string> ListFiles(string root);

    string ReadText(string path);
}
