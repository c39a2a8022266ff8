using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Members;
using EcsWinReconciler.Aws.Scope;
using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// What the stack was deployed with, shared by its four functions and read by <c>ewr</c> too: its tables and topic, how
/// far remediation may go, the clusters it may act on, when a rollout counts as stuck. <see cref="Read(Func{string, string?})"/>
/// is the one reader of those EWR_* variables (<see cref="EnvironmentVariables"/>); what only a function needs (its
/// handler, log level, stop margin) is <see cref="FunctionSettings"/>'s.
/// </summary>
public sealed record DeploymentSettings
{
    public string? SpecsTable { get; init; }

    public string? StateTable { get; init; }

    public string? AlertTopicArn { get; init; }

    public DeploymentRemediationMode RemediationMode { get; init; } = DeploymentRemediationMode.Alert;

    public int RemediationBudget { get; init; } = 10;

    public TimeSpan RemediationWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long a service deployment may roll out before <c>service.rollout-stuck</c> opens.</summary>
    public TimeSpan RolloutStuckAfter { get; init; } = Core.Drift.DriftContext.DefaultRolloutStuckAfter;

    /// <summary>Cluster names the stack may act on; empty = every cluster the specs name.</summary>
    public EquatableArray<string> Clusters { get; init; } = [];

    /// <summary>Where remediation may write without the ecswin:managed tag (EWR_MANAGED_VPCS, EWR_MANAGED_CLUSTERS); default: nowhere.</summary>
    public ManagedScope Scope { get; init; } = ManagedScope.TaggedOnly;

    public AlertFormats AlertFormats { get; init; } = AlertFormats.Text;

    /// <summary>
    /// The member role, when the stack is a hub with members (EWR_MEMBER_ACCOUNTS or EWR_MEMBER_ORGANIZATION set); null =
    /// a single-account stack, whose every call is made with the function's own role as before.
    /// </summary>
    public MemberRoleSettings? MemberRole { get; init; }

    /// <summary>The member accounts listed (EWR_MEMBER_ACCOUNTS); empty when the organisation alone says who is a member.</summary>
    public EquatableArray<string> MemberAccounts { get; init; } = [];

    /// <summary>The regions the members run tasks in (EWR_MEMBER_REGIONS), for the record (the specs say which accounts and regions are reconciled).</summary>
    public EquatableArray<string> MemberRegions { get; init; } = [];
    /// <summary>The hub's own account id (EWR_ACCOUNT_ID); null when not set.</summary>
    public string? AccountId { get; init; }

    /// <summary>The re-check queue's URL (EWR_RECHECK_QUEUE_URL); null: nothing is re-checked early.</summary>
    public string? RecheckQueueUrl { get; init; }

    /// <summary>The budget as the State table counts it: the same maximum and window wherever the deployment is read.</summary>
    public RemediationBudgetOptions Budget => new(RemediationBudget, RemediationWindow);

    public bool AllowsCluster(string clusterArnOrName) =>
        Clusters.IsEmpty || Clusters.Contains(AwsIds.ClusterName(clusterArnOrName), StringComparer.Ordinal);

    /// <summary>Reads the settings; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static DeploymentSettings Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var reader = new SettingsReader(environment);
        var settings = Read(reader);
        return reader.Problems.Count == 0 ? settings : throw ConfigurationException.Of(reader.Problems);
    }

    /// <summary>Reads the settings, adding each problem to the reader's (so a function reports its own with them, at once).</summary>
    internal static DeploymentSettings Read(SettingsReader reader) => new()
    {
        RemediationMode = Mode(reader),
        RemediationBudget = reader.Int(EnvironmentVariables.RemediationBudget, 10, min: 0),
        RemediationWindow = TimeSpan.FromMinutes(reader.Int(EnvironmentVariables.RemediationWindowMinutes, 60, min: 1)),
        RolloutStuckAfter = TimeSpan.FromMinutes(reader.Int(EnvironmentVariables.RolloutStuckMinutes, (int)Core.Drift.DriftContext.DefaultRolloutStuckAfter.TotalMinutes, min: 1)),
        Clusters = reader.List(EnvironmentVariables.Clusters).Select(AwsIds.ClusterName).Distinct(StringComparer.Ordinal).ToEquatableArray(),
        SpecsTable = reader.Text(EnvironmentVariables.SpecsTable),
        StateTable = reader.Text(EnvironmentVariables.StateTable),
        AlertTopicArn = reader.Text(EnvironmentVariables.AlertTopicArn),
        Scope = new ManagedScope(
            reader.List(EnvironmentVariables.ManagedVpcs).Select(ManagedScope.VpcId).Distinct(StringComparer.Ordinal).ToEquatableArray(),
            reader.List(EnvironmentVariables.ManagedClusters).Select(AwsIds.ClusterName).Distinct(StringComparer.Ordinal).ToEquatableArray()),
        AlertFormats = Formats(reader),
        MemberRole = MemberRoleOf(reader),
        MemberAccounts = reader.List(EnvironmentVariables.MemberAccounts).Distinct(StringComparer.Ordinal).ToEquatableArray(),
        MemberRegions = reader.List(EnvironmentVariables.MemberRegions).Distinct(StringComparer.Ordinal).ToEquatableArray(),
        RecheckQueueUrl = reader.Text(EnvironmentVariables.RecheckQueueUrl),
        AccountId = AccountIdOf(reader),
    };

    private static string? AccountIdOf(SettingsReader reader)
    {
        var value = reader.Text(EnvironmentVariables.AccountId);
        if (value is not null && (value.Length != 12 || !value.All(char.IsAsciiDigit)))
        {
            reader.Problems.Add($"{EnvironmentVariables.AccountId} is \"{value}\"; expected a 12-digit AWS account id");
            return null;
        }

        return value;
    }

    private static MemberRoleSettings? MemberRoleOf(SettingsReader reader)
    {
        var accounts = reader.List(EnvironmentVariables.MemberAccounts);
        var organization = reader.Text(EnvironmentVariables.MemberOrganization);
        if (accounts.Count == 0 && organization is null)
        {
            return null;
        }

        foreach (var account in accounts.Where(a => a.Length != 12 || !a.All(char.IsAsciiDigit)))
        {
            reader.Problems.Add($"{EnvironmentVariables.MemberAccounts}: \"{account}\" is not a 12-digit account id");
        }

        var externalId = reader.Text(EnvironmentVariables.MemberExternalId);
        if (externalId is null)
        {
            reader.Problems.Add($"{EnvironmentVariables.MemberExternalId} is required when {EnvironmentVariables.MemberAccounts} or {EnvironmentVariables.MemberOrganization} is set (the member role's trust requires it)");
            return null;
        }

        // Lambda sets AWS_REGION; the members' ARNs are in the hub's partition.
        return new MemberRoleSettings(reader.Text(EnvironmentVariables.MemberRoleName) ?? MemberRoleSettings.DefaultRoleName, externalId)
        {
            Partition = AwsPartition.OfRegion(reader.Text("AWS_REGION")),
        };
    }

    private static AlertFormats Formats(SettingsReader reader)
    {
        var text = reader.Text(EnvironmentVariables.AlertFormat);
        switch (text?.ToLowerInvariant())
        {
            case null or "text":
                return AlertFormats.Text;
            case "chat":
                return AlertFormats.Chat;
            case "both":
                return AlertFormats.Both;
            default:
                reader.Problems.Add($"{EnvironmentVariables.AlertFormat} must be text, chat or both, not {SettingsReader.Shown(text)}");
                return AlertFormats.Text;
        }
    }

    private static DeploymentRemediationMode Mode(SettingsReader reader)
    {
        var text = reader.Text(EnvironmentVariables.RemediationMode);
        switch (text?.ToLowerInvariant())
        {
            case null or "alert":
                return DeploymentRemediationMode.Alert;
            case "dry-run":
                return DeploymentRemediationMode.DryRun;
            case "remediate":
                return DeploymentRemediationMode.Remediate;
            default:
                reader.Problems.Add($"{EnvironmentVariables.RemediationMode} must be alert, dry-run or remediate, not {SettingsReader.Shown(text)}");
                return DeploymentRemediationMode.Alert;
        }
    }
}
