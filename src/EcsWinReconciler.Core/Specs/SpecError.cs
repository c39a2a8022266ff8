namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// One problem in a spec source: where (source, path, line, column) and what, in words a person acts on.
/// <see cref="Path"/> is empty for the document as a whole. <see cref="ToString"/> gives
/// <c>file.yaml:12:7: spec.securityGroups.ids[2]: "sg-12" is not a security group id (…)</c>.
/// </summary>
public sealed record SpecError(string Source, string Path, int Line, int Column, string Message)
{
    public SourcePosition Position => new(Line, Column);

    /// <summary>The path and message, without the location: <c>spec.eni.subnet: unknown field; …</c>.</summary>
    public string Text => Path.Length == 0 ? Message : $"{Path}: {Message}";

    public override string ToString() => $"{Source}:{Line}:{Column}: {Text}";
}
