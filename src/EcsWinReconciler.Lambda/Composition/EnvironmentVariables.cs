namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// The environment the functions read (template.yaml sets them; a template test checks it sets them all). The
/// deployment's variables are read by <see cref="DeploymentSettings"/>, for <c>ewr</c> too; the handler, log level and
/// stop margin only by <see cref="FunctionSettings"/>.
/// </summary>
public static class EnvironmentVariables
{
    /// <summary>Set by Lambda from the function's <c>Handler</c>.</summary>
    public const string Handler = "_HANDLER";

    public const string SpecsTable = "EWR_SPECS_TABLE";
    public const string StateTable = "EWR_STATE_TABLE";
    public const string AlertTopicArn = "EWR_ALERT_TOPIC_ARN";

    /// <summary>alert | dry-run | remediate.</summary>
    public const string RemediationMode = "EWR_REMEDIATION_MODE";

    /// <summary>Maximum remediation actions per window, account-wide.</summary>
    public const string RemediationBudget = "EWR_REMEDIATION_BUDGET";

    public const string RemediationWindowMinutes = "EWR_REMEDIATION_WINDOW_MINUTES";

    /// <summary>Minutes a service deployment may roll out before <c>service.rollout-stuck</c> opens (default 30).</summary>
    public const string RolloutStuckMinutes = "EWR_ROLLOUT_STUCK_MINUTES";

    /// <summary>Comma-separated cluster ARNs (or names) the stack may act on; empty = every cluster a spec names.</summary>
    public const string Clusters = "EWR_CLUSTERS";

    /// <summary>text (default) | chat | both: how alerts are published (chat = the chat integration's custom-notification JSON).</summary>
    public const string AlertFormat = "EWR_ALERT_FORMAT";

    /// <summary>Comma-separated VPC ARNs (or ids) whose groups and DNS attributes may be changed without the ecswin:managed tag.</summary>
    public const string ManagedVpcs = "EWR_MANAGED_VPCS";

    /// <summary>Comma-separated cluster ARNs (or names) whose services and tasks may be changed without the ecswin:managed tag.</summary>
    public const string ManagedClusters = "EWR_MANAGED_CLUSTERS";

    /// <summary>Comma-separated member account ids (hub and members, issue 15); empty with no organisation = a single-account stack.</summary>
    public const string MemberAccounts = "EWR_MEMBER_ACCOUNTS";

    /// <summary>An AWS Organizations id whose accounts are members (instead of or beside <see cref="MemberAccounts"/>).</summary>
    public const string MemberOrganization = "EWR_MEMBER_ORGANIZATION";

    /// <summary>Comma-separated regions the members run tasks in (for the record: the specs say which accounts and regions are reconciled).</summary>
    public const string MemberRegions = "EWR_MEMBER_REGIONS";

    /// <summary>The role member.yaml creates in each member (default EcsWinReconciler-member).</summary>
    public const string MemberRoleName = "EWR_MEMBER_ROLE_NAME";

    /// <summary>The external id the member role's trust requires; required when there are members.</summary>
    public const string MemberExternalId = "EWR_MEMBER_EXTERNAL_ID";
    /// <summary>
    /// The hub's own account id (the template sets it from AWS::AccountId): a spec naming it, and an event from it, are the hub's
    /// own place, watched with the function's own role. Optional: without it a spec naming any account is a member's.
    /// </summary>
    public const string AccountId = "EWR_ACCOUNT_ID";

    /// <summary>The URL of the SQS delay queue delayed re-checks go through (optional: without it nothing is re-checked early).</summary>
    public const string RecheckQueueUrl = "EWR_RECHECK_QUEUE_URL";

    /// <summary>TRACE | DEBUG | INFO | WARN | ERROR | FATAL; falls back to Lambda's AWS_LAMBDA_LOG_LEVEL.</summary>
    public const string LogLevel = "EWR_LOG_LEVEL";

    public const string LambdaLogLevel = "AWS_LAMBDA_LOG_LEVEL";

    /// <summary>How long before the deadline a run stops taking new batches (resync, api-change, spec-change).</summary>
    public const string StopMarginSeconds = "EWR_STOP_MARGIN_SECONDS";

    /// <summary>The variables every function of the stack must be given.</summary>
    public static IReadOnlyList<string> Required { get; } =
        [SpecsTable, StateTable, AlertTopicArn, RemediationMode, RemediationBudget, RemediationWindowMinutes, Clusters];
}
