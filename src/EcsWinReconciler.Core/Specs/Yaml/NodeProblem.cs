namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>A problem found in a document, before it becomes a <see cref="SpecError"/> with its source name.</summary>
internal sealed record NodeProblem(SourcePosition Position, string Path, string Message);
