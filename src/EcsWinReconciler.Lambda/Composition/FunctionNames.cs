namespace EcsWinReconciler.Lambda.Composition;

/// <summary>The handler names (the value of <c>_HANDLER</c>, and the <c>Function</c> metric dimension).</summary>
public static class FunctionNames
{
    public const string TaskState = "task-state";
    public const string ApiChange = "api-change";
    public const string Resync = "resync";
    public const string SpecChange = "spec-change";

    public static IReadOnlyList<string> All { get; } = [TaskState, ApiChange, Resync, SpecChange];

    public static string Of(FunctionKind kind) => kind switch
    {
        FunctionKind.TaskState => TaskState,
        FunctionKind.ApiChange => ApiChange,
        FunctionKind.Resync => Resync,
        FunctionKind.SpecChange => SpecChange,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown function"),
    };

    public static FunctionKind? Parse(string? handler) => handler?.Trim() switch
    {
        TaskState => FunctionKind.TaskState,
        ApiChange => FunctionKind.ApiChange,
        Resync => FunctionKind.Resync,
        SpecChange => FunctionKind.SpecChange,
        _ => null,
    };
}
