using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>
/// Reads a typed value from a scalar, or sets <c>problem</c> to what is wrong (a full sentence that
/// follows the path). <c>value</c> is meaningful only when the parser returns true.
/// </summary>
internal delegate bool ScalarParser<T>(ScalarNode node, out T value, out string? problem);
