using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Tests.Composition;

public sealed class DeploymentSettingsTests
{
    [Fact]
    public void Read_NoHandlerNorFunctionVariables_ReadsTheDeployment()
    {
        var settings = DeploymentSettings.Read(Env(new()
        {
            ["EWR_SPECS_TABLE"] = "ewr-SpecsTable-1",
            ["EWR_REMEDIATION_MODE"] = "dry-run",
            ["EWR_REMEDIATION_BUDGET"] = "3",
            ["EWR_REMEDIATION_WINDOW_MINUTES"] = "30",
            ["EWR_LOG_LEVEL"] = "LOUD",
            ["EWR_STOP_MARGIN_SECONDS"] = "-1",
        }));

        Assert.Equal("ewr-SpecsTable-1", settings.SpecsTable);
        Assert.Equal(DeploymentRemediationMode.DryRun, settings.RemediationMode);
        Assert.Equal((3, TimeSpan.FromMinutes(30)), (settings.Budget.MaxActions, settings.Budget.Window));
    }

    [Fact]
    public void Read_Problems_AreWordedAsTheFunctionsWordThem()
    {
        var environment = new Dictionary<string, string> { ["EWR_REMEDIATION_MODE"] = "remediat", ["EWR_ROLLOUT_STUCK_MINUTES"] = "0" };

        var deployment = Assert.Throws<ConfigurationException>(() => DeploymentSettings.Read(Env(environment)));
        var function = Assert.Throws<ConfigurationException>(() => FunctionSettings.Read(Env(new(environment) { ["_HANDLER"] = "resync" })));

        Assert.Equal(function.Message, deployment.Message);
        Assert.Contains("EWR_REMEDIATION_MODE must be alert, dry-run or remediate, not \"remediat\"", deployment.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:cluster/win-prod", true)]
    [InlineData("win-prod", true)]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:cluster/win-test", false)]
    public void AllowsCluster_ArnOrName_ComparesNames(string cluster, bool allowed)
    {
        var settings = new DeploymentSettings { Clusters = ["win-prod"] };

        Assert.Equal(allowed, settings.AllowsCluster(cluster));
    }

    /// <summary>Issue 14: what the template passes from VpcArns, ManagedClusterArns and AlertFormat.</summary>
    [Fact]
    public void Read_ManagedScopeAndAlertFormat_FromTheStackParameters()
    {
        var settings = DeploymentSettings.Read(Env(new()
        {
            ["EWR_MANAGED_VPCS"] = "arn:aws:ec2:us-east-1:111122223333:vpc/vpc-0a1,vpc-0b2",
            ["EWR_MANAGED_CLUSTERS"] = "arn:aws:ecs:us-east-1:111122223333:cluster/win-prod",
            ["EWR_ALERT_FORMAT"] = "Both",
        }));

        Assert.Equal(["vpc-0a1", "vpc-0b2"], settings.Scope.VpcIds);
        Assert.Equal(["win-prod"], settings.Scope.ClusterNames);
        Assert.Equal(Aws.Sns.AlertFormats.Both, settings.AlertFormats);
    }

    [Fact]
    public void Read_NothingListed_IsTaggedOnlyAndText()
    {
        var settings = DeploymentSettings.Read(Env(new() { ["EWR_MANAGED_VPCS"] = string.Empty, ["EWR_MANAGED_CLUSTERS"] = string.Empty }));

        Assert.Equal(Aws.Scope.ManagedScope.TaggedOnly, settings.Scope);
        Assert.Equal(Aws.Sns.AlertFormats.Text, settings.AlertFormats);
    }

    [Fact]
    public void Read_UnknownAlertFormat_IsAProblemThatNamesTheVariable()
    {
        var error = Assert.Throws<ConfigurationException>(() => DeploymentSettings.Read(Env(new() { ["EWR_ALERT_FORMAT"] = "slack" })));

        Assert.Contains("EWR_ALERT_FORMAT must be text, chat or both, not \"slack\"", error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Env(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);
}
