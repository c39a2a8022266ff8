namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The JSON types a scalar may take, as the schema states them.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    String = 1,
    Integer = 2,
    Boolean = 4,
}
