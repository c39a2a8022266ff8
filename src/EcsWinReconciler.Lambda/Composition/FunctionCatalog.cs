using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// The four functions and the port methods each may call: the input for deriving each function's IAM policy from
/// the code (tests record the calls each function really makes and check they are declared here).
/// </summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDescriptor> All { get; } =
    [
        new(FunctionKind.TaskState, "EventBridge: ECS Task State Change", PortMethods.ReconcileEventTargets.ToEquatableArray()),
        new(FunctionKind.ApiChange, "EventBridge: AWS API Call via CloudTrail (EC2)", PortMethods.SweepSelections.ToEquatableArray()),
        new(FunctionKind.Resync, "EventBridge schedule", PortMethods.ResyncWithOutbox.ToEquatableArray()),
        new(FunctionKind.SpecChange, "DynamoDB stream of the Specs table", PortMethods.ReconcileSelections.ToEquatableArray()),
    ];

    public static FunctionDescriptor For(FunctionKind kind) => All.Single(f => f.Kind == kind);
}
