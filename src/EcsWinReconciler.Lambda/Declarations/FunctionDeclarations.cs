using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Declarations;

/// <summary>
/// The four functions and the port methods each may call: the input for deriving each function's IAM policy from
/// the code (tests record the calls each function really makes and check they are declared here). A declaration for
/// the checks, not read at run time: it lives beside the functions so a renamed port method fails the build.
/// </summary>
public static class FunctionDeclarations
{
    public static IReadOnlyList<FunctionDeclaration> All { get; } =
    [
        new(FunctionKind.TaskState, "EventBridge: ECS Task State Change; SQS: the re-check queue", PortMethodDeclarations.ReconcileEventsAndRechecks.ToEquatableArray()),
        new(FunctionKind.ApiChange, "EventBridge: AWS API Call via CloudTrail (EC2)", PortMethodDeclarations.SweepSelections.ToEquatableArray()),
        new(FunctionKind.Resync, "EventBridge schedule", PortMethodDeclarations.ResyncWithOutbox.ToEquatableArray()),
        new(FunctionKind.SpecChange, "DynamoDB stream of the Specs table", PortMethodDeclarations.ReconcileSelections.ToEquatableArray()),
    ];

    public static FunctionDeclaration For(FunctionKind kind) => All.Single(f => f.Kind == kind);
}
