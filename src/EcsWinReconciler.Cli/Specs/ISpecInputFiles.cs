using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Specs;

/// <summary>The files behind <c>-f</c>: Core's <see cref="ISpecFileSource"/>, plus whether a path is a file or a directory.</summary>
public interface ISpecInputFiles : ISpecFileSource
{
    InputPathKind KindOf(string path);
}

public enum InputPathKind
{
    Missing,
    File,
    Directory,
}
