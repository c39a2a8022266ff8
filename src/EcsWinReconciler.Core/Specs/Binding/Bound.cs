using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>
/// A field as the binder sees it: absent (or null), invalid (already reported by the shape validator),
/// or present with its value. <see cref="Value"/> is the default when absent and meaningless when invalid.
/// </summary>
internal readonly record struct Bound<T>(BoundState State, T Value, DocNode? Node, string Path)
{
    public bool IsPresent => State == BoundState.Present;

    public bool IsAbsent => State == BoundState.Absent;

    public bool IsInvalid => State == BoundState.Invalid;

    /// <summary>Usable: present, or absent with a meaningful default.</summary>
    public bool IsUsable => State != BoundState.Invalid;
}

internal enum BoundState
{
    Absent,
    Invalid,
    Present,
}
