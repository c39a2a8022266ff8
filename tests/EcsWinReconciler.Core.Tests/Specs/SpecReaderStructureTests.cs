namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Unknown fields, duplicate keys and wrong types, anywhere in a document.</summary>
public class SpecReaderStructureTests
{
    [Theory]
    [InlineData("securityGroup: {}", "spec.securityGroup", "unknown field; did you mean \"securityGroups\"?")]
    [InlineData("Dns: {}", "spec.Dns", "unknown field; did you mean \"dns\"?")]
    [InlineData("network: {}", "spec.network",
        "unknown field; expected one of selector, platform, suspend, eni, securityGroups, dns, activeDirectory, remediation, alerts, exceptions")]
    [InlineData("eni: { publicIP: any }", "spec.eni.publicIP", "unknown field; did you mean \"publicIp\"?")]
    [InlineData("'odd.key': 1", "spec[\"odd.key\"]",
        "unknown field; expected one of selector, platform, suspend, eni, securityGroups, dns, activeDirectory, remediation, alerts, exceptions")]
    [InlineData("dns: true", "spec.dns",
        "expected the task's DNS (vpcDnsSupport, vpcDnsHostnames, servers, domainName, privateDnsName), got true")]
    [InlineData("securityGroups: { ids: { a: b } }", "spec.securityGroups.ids", "expected a list of security group ids, got a mapping")]
    [InlineData("securityGroups: { ids: [[sg-0123456789abcdef0]] }", "spec.securityGroups.ids[0]",
        "expected a security group id (sg- followed by 8 or 17 hex digits), got a list")]
    [InlineData("securityGroups: { match: superset, forbiddenIngress: {} }", "spec.securityGroups.forbiddenIngress",
        "expected a list of ingress rules, got a mapping")]
    [InlineData("alerts: { severity: [high] }", "spec.alerts.severity", "expected one of low, medium, high, critical, got a list")]
    [InlineData("eni: { publicIp: any, publicIp: forbidden }", "spec.eni.publicIp", "is given twice (first at line 9)")]
    public void Read_StructuralMistake_ReportsAtThePath(string fragment, string path, string message)
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec(fragment));

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_MisspeltTopLevelField_SuggestsTheRightOneAndSaysItIsMissing() =>
        Assert.Equal(
            ["missing required field \"metadata\"", "metdata: unknown field; did you mean \"metadata\"?"],
            SpecRead.ErrorTexts(SpecSamples.Minimal.Replace("metadata:", "metdata:", StringComparison.Ordinal)));

    [Fact]
    public void Read_DuplicateSection_ReportsTheSecondWithTheFirstLine()
    {
        var errors = SpecRead.Text(SpecSamples.WithSpec("eni: { publicIp: any }\neni: { publicIp: forbidden }")).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("spec.eni", error.Path);
        Assert.Equal((10, 3), (error.Line, error.Column));
        Assert.Equal("is given twice (first at line 9)", error.Message);
    }

    [Fact]
    public void Read_LongOddKey_PathNamesItInFull()
    {
        var key = "odd key " + new string('x', 100);

        var error = SpecRead.SingleError(SpecSamples.WithSpec($"'{key}': 1"));

        Assert.Equal($"spec[\"{key}\"]", error.Path);
    }

    [Fact]
    public void Read_YamlMergeKey_SaysItIsNotSupported()
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec("eni: { <<: { publicIp: any } }"));

        Assert.Equal("spec.eni[\"<<\"]: unknown field; YAML merge keys (<<) are not supported, write the fields out", error.Text);
    }
}
