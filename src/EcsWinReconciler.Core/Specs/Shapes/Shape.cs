namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>
/// The spec's structure as data: one declaration drives structural validation
/// (<see cref="ShapeValidator"/>), the JSON Schema (<see cref="SpecSchema"/>), the binder's defaults and
/// the canonical writer's key order and value formats. No reflection: the shapes are plain objects.
/// </summary>
internal abstract class Shape
{
    /// <summary>What is expected here, for "expected X, got Y" messages.</summary>
    public abstract string Expected { get; }
}
