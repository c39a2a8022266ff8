namespace EcsWinReconciler.Lambda.Composition;

/// <summary>The four functions of the one binary; <c>_HANDLER</c> (template.yaml's <c>Handler</c>) names one.</summary>
public enum FunctionKind
{
    TaskState,
    ApiChange,
    Resync,
    SpecChange,
}
