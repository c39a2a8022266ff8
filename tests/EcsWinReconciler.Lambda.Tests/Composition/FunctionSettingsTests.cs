using EcsWinReconciler.Lambda.Composition;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Tests.Composition;

public sealed class FunctionSettingsTests
{
    [Fact]
    public void Read_FullEnvironment_ReadsEveryValue()
    {
        var settings = FunctionSettings.Read(Env(new()
        {
            ["_HANDLER"] = "resync",
            ["EWR_SPECS_TABLE"] = "ewr-SpecsTable-1",
            ["EWR_STATE_TABLE"] = "ewr-StateTable-1",
            ["EWR_ALERT_TOPIC_ARN"] = "arn:aws:sns:us-east-1:111122223333:ewr-AlertTopic",
            ["EWR_REMEDIATION_MODE"] = "remediate",
            ["EWR_REMEDIATION_BUDGET"] = "25",
            ["EWR_REMEDIATION_WINDOW_MINUTES"] = "30",
            ["EWR_CLUSTERS"] = "arn:aws:ecs:us-east-1:111122223333:cluster/win-prod, win-test ,win-prod",
            ["EWR_LOG_LEVEL"] = "DEBUG",
            ["EWR_STOP_MARGIN_SECONDS"] = "45",
            ["EWR_ROLLOUT_STUCK_MINUTES"] = "45",
        }));

        Assert.Equal(FunctionKind.Resync, settings.Function);
        Assert.Equal("resync", settings.FunctionName);
        Assert.Equal("ewr-SpecsTable-1", settings.Deployment.SpecsTable);
        Assert.Equal("ewr-StateTable-1", settings.Deployment.StateTable);
        Assert.Equal("arn:aws:sns:us-east-1:111122223333:ewr-AlertTopic", settings.Deployment.AlertTopicArn);
        Assert.Equal(DeploymentRemediationMode.Remediate, settings.Deployment.RemediationMode);
        Assert.Equal(25, settings.Deployment.RemediationBudget);
        Assert.Equal(TimeSpan.FromMinutes(30), settings.Deployment.RemediationWindow);
        Assert.Equal(["win-prod", "win-test"], settings.Deployment.Clusters);
        Assert.Equal(LogLevel.Debug, settings.LogLevel);
        Assert.Equal(TimeSpan.FromSeconds(45), settings.StopMargin);
        Assert.Equal(TimeSpan.FromMinutes(45), settings.Deployment.RolloutStuckAfter);
    }

    [Fact]
    public void Read_OnlyTheHandler_TakesSafeDefaults()
    {
        var settings = FunctionSettings.Read(Env(new() { ["_HANDLER"] = "task-state" }));

        Assert.Equal(DeploymentRemediationMode.Alert, settings.Deployment.RemediationMode);
        Assert.Equal(10, settings.Deployment.RemediationBudget);
        Assert.Equal(TimeSpan.FromHours(1), settings.Deployment.RemediationWindow);
        Assert.Equal(TimeSpan.FromMinutes(30), settings.Deployment.RolloutStuckAfter);
        Assert.Empty(settings.Deployment.Clusters);
        Assert.True(settings.Deployment.AllowsCluster("anything"));
        Assert.Equal(LogLevel.Information, settings.LogLevel);
    }

    [Fact]
    public void Read_LambdaLogLevel_IsTheFallback()
    {
        Assert.Equal(LogLevel.Warning, FunctionSettings.Read(Env(new() { ["_HANDLER"] = "resync", ["AWS_LAMBDA_LOG_LEVEL"] = "WARN" })).LogLevel);
    }

    [Fact]
    public void Read_EveryProblem_IsReportedAtOnce()
    {
        var error = Assert.Throws<ConfigurationException>(() => FunctionSettings.Read(Env(new()
        {
            ["_HANDLER"] = "bootstrap",
            ["EWR_REMEDIATION_MODE"] = "fix-everything",
            ["EWR_REMEDIATION_BUDGET"] = "-1",
            ["EWR_REMEDIATION_WINDOW_MINUTES"] = "0",
            ["EWR_LOG_LEVEL"] = "LOUD",
        })));

        Assert.Contains("_HANDLER must be one of task-state, api-change, resync, spec-change, not \"bootstrap\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("EWR_REMEDIATION_MODE must be alert, dry-run or remediate", error.Message, StringComparison.Ordinal);
        Assert.Contains("EWR_REMEDIATION_BUDGET must be a whole number of at least 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("EWR_REMEDIATION_WINDOW_MINUTES must be a whole number of at least 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("EWR_LOG_LEVEL must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoHandler_SaysItIsUnset()
    {
        var error = Assert.Throws<ConfigurationException>(() => FunctionSettings.Read(Env(new())));

        Assert.Contains("not unset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("task-state", FunctionKind.TaskState)]
    [InlineData("api-change", FunctionKind.ApiChange)]
    [InlineData("resync", FunctionKind.Resync)]
    [InlineData(" spec-change ", FunctionKind.SpecChange)]
    public void FunctionNames_ParseAndOf_RoundTrip(string handler, FunctionKind kind)
    {
        Assert.Equal(kind, FunctionNames.Parse(handler));
        Assert.Equal(handler.Trim(), FunctionNames.Of(kind));
    }

    private static Func<string, string?> Env(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);
}
