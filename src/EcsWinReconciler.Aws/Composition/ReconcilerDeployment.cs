using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Scope;
using EcsWinReconciler.Aws.Sns;

namespace EcsWinReconciler.Aws.Composition;

/// <summary>
/// Where the reconciler's own resources are: the two tables, the alert topic, the remediation budget. The Lambda
/// functions build it from their settings (the EWR_* variables the SAM template sets); the CLI from its options.
/// </summary>
public sealed record ReconcilerDeployment(DynamoTableNames Tables, string? AlertTopicArn, RemediationBudgetOptions Budget)
{
    /// <summary>Where remediation may write: tagged resources, and the VPCs and clusters listed (default: tagged only).</summary>
    public ManagedScope Scope { get; init; } = ManagedScope.TaggedOnly;

    /// <summary>How alerts are published: plain text (default), the chat custom-notification format, or both.</summary>
    public AlertFormats AlertFormats { get; init; } = AlertFormats.Text;

    /// <summary>The URL of the SQS queue delayed re-checks go through; null: nothing is re-checked early (the CLI, a stack without it).</summary>
    public string? RecheckQueueUrl { get; init; }

    /// <summary>
    /// The hub's own account id (the functions get it from the template as <c>EWR_ACCOUNT_ID</c>): a spec naming it is the hub's
    /// own, watched with the function's own credentials. Null when unknown: a spec naming any account is then a member's.
    /// </summary>
    public string? HomeAccount { get; init; }

    public static ReconcilerDeployment Default { get; } =
        new(new DynamoTableNames("EcsWinReconciler-Specs", "EcsWinReconciler-State"), null, new RemediationBudgetOptions(10, TimeSpan.FromHours(1)));
}
