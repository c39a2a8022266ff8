using EcsWinReconciler.Aws.DynamoDb;

namespace EcsWinReconciler.Aws.Composition;

/// <summary>
/// Where the reconciler's own resources are: the two tables, the alert topic, the remediation budget. The Lambda
/// functions build it from their settings (the EWR_* variables the SAM template sets); the CLI from its options.
/// </summary>
public sealed record ReconcilerDeployment(DynamoTableNames Tables, string? AlertTopicArn, RemediationBudgetOptions Budget)
{
    public static ReconcilerDeployment Default { get; } =
        new(new DynamoTableNames("EcsWinReconciler-Specs", "EcsWinReconciler-State"), null, new RemediationBudgetOptions(10, TimeSpan.FromHours(1)));
}
