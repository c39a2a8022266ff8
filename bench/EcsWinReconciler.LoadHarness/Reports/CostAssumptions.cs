namespace EcsWinReconciler.LoadHarness.Reports;

/// <summary>
/// What the cost model assumes beyond what the harness measures. Every figure is stated in the report beside the tables;
/// change one here and rerun bench/run.sh.
/// </summary>
internal static class CostAssumptions
{
    public const double DaysPerMonth = 30;

    /// <summary>The stack's schedule (template.yaml ResyncRate): every 15 minutes.</summary>
    public const double ResyncsPerMonth = DaysPerMonth * 24 * 4;

    /// <summary>Task replacements per task per day: deployments, scaling, host patching and replacement.</summary>
    public const double ReplacementsPerTaskPerDay = 1;

    /// <summary>
    /// Task-state events per replacement: the new task's PROVISIONING, PENDING, ACTIVATING, RUNNING and the old one's
    /// DEACTIVATING, STOPPING, DEPROVISIONING, STOPPED. The first is a new task's first event; every other one is taken as
    /// changing the status (a new lastStatus): one ENI read (running states) and one conditional write, an upper bound.
    /// </summary>
    public const double EventsPerReplacement = 8;

    /// <summary>Out-of-band EC2 edits a month (CloudTrail API calls the api-change function takes): each runs a sweep like a resync.</summary>
    public const double ApiChangesPerMonth = 30;

    /// <summary>Alert messages a month (opens, resolves, reminders), each to one email subscription.</summary>
    public const double AlertMessagesPerMonth = 50;

    /// <summary>template.yaml: the task-state (and api-change) function's MemorySize.</summary>
    public const double EventFunctionGb = 256 / 1024.0;

    /// <summary>template.yaml: the resync function's MemorySize.</summary>
    public const double ResyncFunctionGb = 512 / 1024.0;

    /// <summary>
    /// What one AWS call adds to a function's billed duration in a Region (the loopback harness measures almost none). AWS
    /// publishes no API latency; 20 ms per call, all taken as sequential, is an upper bound for a resync whose ENI, group,
    /// VPC and host reads overlap.
    /// </summary>
    public const double MillisecondsPerCall = 20;

    /// <summary>Invocations that start a new execution environment (init is billed for provided runtimes): 10 % of events, every resync.</summary>
    public const double ColdEventShare = 0.10;

    /// <summary>Lambda's own START, END and REPORT lines per invocation, bytes.</summary>
    public const double PlatformLogBytes = 300;

    /// <summary>template.yaml LogRetentionDays default: a month of logs is kept at any time.</summary>
    public const double LogRetentionMonths = 1;

    /// <summary>How long a stopped task's status is kept (ReconcilerOptions.StoppedTaskRetention), days.</summary>
    public const double StoppedStatusDays = 7;

    /// <summary>
    /// AWS Config configuration items per task replacement: the new ENI (created and attached), the old ENI (deleted), and
    /// the host instance twice (its ENI list is a direct relationship: attach, detach). Security groups and subnets record no
    /// CI for an ENI joining them since Config keeps only direct relationships for EC2 types (2021).
    /// </summary>
    public const double ConfigItemsPerReplacement = 4;

    /// <summary>Config rules evaluated on each ENI item (group set, subnet, public IP), as EWR's ENI checks.</summary>
    public const double ConfigRulesPerEni = 3;

    /// <summary>Config rules evaluated on each security-group or VPC item (forbidden and required ingress, DNS attributes).</summary>
    public const double ConfigRulesPerGroupOrVpc = 3;
}
