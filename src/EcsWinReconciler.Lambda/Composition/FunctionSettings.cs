using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// Everything a function is configured with, read once at initialisation from the environment
/// (<see cref="EnvironmentVariables"/>). <see cref="Read"/> reports every problem at once.
/// </summary>
public sealed record FunctionSettings
{
    public required FunctionKind Function { get; init; }

    public DeploymentRemediationMode RemediationMode { get; init; } = DeploymentRemediationMode.Alert;

    public int RemediationBudget { get; init; } = 10;

    public TimeSpan RemediationWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long a service deployment may roll out before <c>service.rollout-stuck</c> opens.</summary>
    public TimeSpan RolloutStuckAfter { get; init; } = Core.Drift.DriftContext.DefaultRolloutStuckAfter;

    /// <summary>Cluster names the stack may act on; empty = every cluster the specs name.</summary>
    public EquatableArray<string> Clusters { get; init; } = [];

    public string? SpecsTable { get; init; }

    public string? StateTable { get; init; }

    public string? AlertTopicArn { get; init; }

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>Runs over many tasks stop taking new batches this long before the deadline.</summary>
    public TimeSpan StopMargin { get; init; } = TimeSpan.FromSeconds(20);

    public string FunctionName => FunctionNames.Of(Function);

    public bool AllowsCluster(string clusterArnOrName) =>
        Clusters.IsEmpty || Clusters.Contains(AwsIds.ClusterName(clusterArnOrName), StringComparer.Ordinal);

    /// <summary>Reads the settings; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static FunctionSettings Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var reader = new SettingsReader(environment);
        var function = reader.Handler();
        var settings = new FunctionSettings
        {
            Function = function ?? FunctionKind.TaskState,
            RemediationMode = reader.Mode(),
            RemediationBudget = reader.Int(EnvironmentVariables.RemediationBudget, 10, min: 0),
            RemediationWindow = TimeSpan.FromMinutes(reader.Int(EnvironmentVariables.RemediationWindowMinutes, 60, min: 1)),
            RolloutStuckAfter = TimeSpan.FromMinutes(reader.Int(EnvironmentVariables.RolloutStuckMinutes, (int)Core.Drift.DriftContext.DefaultRolloutStuckAfter.TotalMinutes, min: 1)),
            Clusters = reader.List(EnvironmentVariables.Clusters).Select(AwsIds.ClusterName).Distinct(StringComparer.Ordinal).ToEquatableArray(),
            SpecsTable = reader.Text(EnvironmentVariables.SpecsTable),
            StateTable = reader.Text(EnvironmentVariables.StateTable),
            AlertTopicArn = reader.Text(EnvironmentVariables.AlertTopicArn),
            LogLevel = reader.Level(),
            StopMargin = TimeSpan.FromSeconds(reader.Int(EnvironmentVariables.StopMarginSeconds, 20, min: 0)),
        };
        return reader.Problems.Count == 0 ? settings : throw ConfigurationException.Of(reader.Problems);
    }
}
