namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>remediation and alerts rules.</summary>
public class SpecReaderPolicyRuleTests
{
    [Theory]
    [InlineData("remediation: { dns: replace-task }", "spec.remediation.dns",
        "\"replace-task\" is not allowed here: a new task takes its DNS from the same VPC and DHCP options, so replacing it fixes nothing; use alert, dry-run or remediate")]
    [InlineData("remediation: { mode: replace-task }", "spec.remediation.mode",
        "\"replace-task\" is not allowed here: replace-task is chosen per group (securityGroups or eni), not as the default for all")]
    [InlineData("remediation: { mode: dryrun }", "spec.remediation.mode", "\"dryrun\" is not one of alert, dry-run, remediate; did you mean \"dry-run\"?")]
    [InlineData("remediation: { eni: fix }", "spec.remediation.eni", "\"fix\" is not one of alert, dry-run, remediate, replace-task")]
    [InlineData("remediation: { securityGroup: remediate }", "spec.remediation.securityGroup", "unknown field; did you mean \"securityGroups\"?")]
    [InlineData("alerts: { severity: urgent }", "spec.alerts.severity", "\"urgent\" is not one of low, medium, high, critical")]
    [InlineData("alerts: { reminderInterval: 0m }", "spec.alerts.reminderInterval",
        "\"0m\" is not a duration (a whole number of minutes, hours or days, e.g. 30m, 6h, 1d)")]
    [InlineData("alerts: { reminderInterval: 1w }", "spec.alerts.reminderInterval",
        "\"1w\" is not a duration (a whole number of minutes, hours or days, e.g. 30m, 6h, 1d)")]
    [InlineData("alerts: { reminderInterval: 90s }", "spec.alerts.reminderInterval",
        "\"90s\" is not a duration (a whole number of minutes, hours or days, e.g. 30m, 6h, 1d)")]
    [InlineData("alerts: { reminderInterval: 721h }", "spec.alerts.reminderInterval", "\"721h\" is longer than 30d")]
    [InlineData("alerts: { reminderInterval: 24 }", "spec.alerts.reminderInterval",
        "\"24\" is not a duration (a whole number of minutes, hours or days, e.g. 30m, 6h, 1d)")]
    public void Read_BadPolicy_ReportsAtThePath(string fragment, string path, string message)
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec(fragment));

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }
}
