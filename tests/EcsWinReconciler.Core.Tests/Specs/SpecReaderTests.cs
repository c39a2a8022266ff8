using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Specs;

public class SpecReaderTests
{
    [Fact]
    public void Read_ReadmeExample_GivesEveryValueItStates()
    {
        var spec = SpecRead.Valid(SpecSamples.Readme);

        Assert.Equal("iis-webserver", spec.Name);
        Assert.Equal([new KeyValuePair<string, string>("team", "web")], spec.Metadata.Labels);
        Assert.Equal("...", spec.Metadata.Description);
        var body = spec.Spec;
        Assert.Equal(new TaskSelector("win-prod", "iis-webserver"), body.Selector);
        Assert.Equal(PlatformRequirement.Windows, body.Platform);
        Assert.False(body.Suspend);
        Assert.Equal(new EniSpec(["subnet-0a1b2c3d4e5f60718"], PublicIpPolicy.Forbidden), body.Eni);
        var groups = Assert.IsType<SecurityGroupSpec>(body.SecurityGroups);
        Assert.Equal(GroupMatch.Exact, groups.Match);
        Assert.Equal(["sg-0123456789abcdef0"], groups.Ids);
        Assert.Equal(["tcp 3389 from 0.0.0.0/0", "tcp 5985-5986 from ::/0"], groups.ForbiddenIngress.Select(r => r.ToString()));
        var required = Assert.Single(groups.RequiredIngress);
        Assert.Equal(new IngressPermission(IpProtocol.Tcp, PortRange.Single(80), RuleSource.FromGroup("sg-0fedcba9876543210")), required.Permission);
        Assert.Equal("sg-0123456789abcdef0", required.Group);
        Assert.Equal(new DnsSpec(true, true, [DnsSpec.AmazonProvidedDns], "corp.example.com", PrivateDnsNamePolicy.Required), body.Dns);
        Assert.Equal(new RemediationSpec(RemediationMode.Alert, RemediationMode.Remediate, RemediationMode.ReplaceTask, RemediationMode.Alert), body.Remediation);
        Assert.Equal(new AlertSpec(Severity.High, TimeSpan.FromHours(24)), body.Alerts);
    }

    [Fact]
    public void Read_MinimalSpec_FillsDefaultsAndLeavesSectionsUnchecked()
    {
        var spec = SpecRead.Valid(SpecSamples.Minimal);

        Assert.True(spec.Spec.Selector.IsClusterDefault);
        Assert.Empty(spec.Metadata.Labels);
        Assert.Null(spec.Metadata.Description);
        Assert.Null(spec.Spec.Eni);
        Assert.Null(spec.Spec.SecurityGroups);
        Assert.Null(spec.Spec.Dns);
        Assert.Equal(RemediationSpec.AlertOnly, spec.Spec.Remediation);
        Assert.Equal(AlertSpec.Default, spec.Spec.Alerts);
        Assert.False(spec.Spec.Suspend);
    }

    [Fact]
    public void Read_ForbiddenIngressOmitted_UsesRdpAndWinRmDefaults()
    {
        var groups = SpecRead.ValidBody("securityGroups: { ids: [sg-0123456789abcdef0] }").SecurityGroups!;

        Assert.Equal(SpecDefaults.ForbiddenIngress, groups.ForbiddenIngress);
        Assert.Equal(
            ["tcp 3389 from 0.0.0.0/0", "tcp 3389 from ::/0", "tcp 5985-5986 from 0.0.0.0/0", "tcp 5985-5986 from ::/0"],
            SpecDefaults.ForbiddenIngress.Select(r => r.ToString()));
    }

    [Fact]
    public void Read_ForbiddenIngressEmpty_ForbidsNothing() =>
        Assert.Empty(SpecRead.ValidBody("securityGroups: { ids: [sg-0123456789abcdef0], forbiddenIngress: [] }").SecurityGroups!.ForbiddenIngress);

    [Fact]
    public void Read_RequiredRuleWithoutGroup_TakesFirstId()
    {
        var groups = SpecRead.ValidBody("""
            securityGroups:
              ids: [sg-0123456789abcdef0, sg-11111111]
              requiredIngress: [{ protocol: tcp, ports: 443, cidr: 10.0.0.0/8 }]
            """).SecurityGroups!;

        Assert.Equal("sg-0123456789abcdef0", Assert.Single(groups.RequiredIngress).Group);
    }

    [Fact]
    public void Read_RemediationGroupsNotSet_TakeTheMode()
    {
        var remediation = SpecRead.ValidBody("remediation: { mode: dry-run, eni: replace-task }").Remediation;

        Assert.Equal(new RemediationSpec(RemediationMode.DryRun, RemediationMode.DryRun, RemediationMode.ReplaceTask, RemediationMode.DryRun), remediation);
    }

    [Theory]
    [InlineData("30m", 30)]
    [InlineData("6h", 360)]
    [InlineData("1d", 1440)]
    [InlineData("30d", 43200)]
    public void Read_ReminderInterval_TakesMinutesHoursDays(string text, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), SpecRead.ValidBody($"alerts: {{ reminderInterval: {text} }}").Alerts.ReminderInterval);

    [Fact]
    public void Read_SuperSetWithNoIds_IsAllowed()
    {
        var groups = SpecRead.ValidBody("securityGroups: { match: superset, ids: [] }").SecurityGroups!;

        Assert.Equal(GroupMatch.Superset, groups.Match);
        Assert.Empty(groups.Ids);
    }

    [Fact]
    public void Read_NullSection_CountsAsAbsent()
    {
        var body = SpecRead.ValidBody("eni:\ndns: ~\nsecurityGroups: null");

        Assert.Null(body.Eni);
        Assert.Null(body.Dns);
        Assert.Null(body.SecurityGroups);
    }

    [Fact]
    public void Read_IcmpAndAllTrafficRules_CarryAllPorts()
    {
        var rules = SpecRead.ValidBody("""
            securityGroups:
              ids: [sg-0123456789abcdef0]
              forbiddenIngress: [{ protocol: icmp, cidr: 0.0.0.0/0 }, { protocol: -1, cidr: "::/0" }, { protocol: 47, source: pl-0123abcd }]
            """).SecurityGroups!.ForbiddenIngress;

        Assert.Equal(["icmp from 0.0.0.0/0", "all traffic from ::/0", "47 from pl-0123abcd"], rules.Select(r => r.ToString()));
        Assert.All(rules, r => Assert.True(r.Permission.Ports.IsAll));
    }

    [Fact]
    public void Read_LabelsInAnyOrder_GiveEqualSpecs()
    {
        var a = SpecRead.Valid(SpecSamples.Minimal.Replace("name: minimal", "name: minimal\n  labels: { b: '2', a: '1' }", StringComparison.Ordinal));
        var b = SpecRead.Valid(SpecSamples.Minimal.Replace("name: minimal", "name: minimal\n  labels: { a: '1', b: '2' }", StringComparison.Ordinal));

        Assert.Equal(a, b);
        Assert.Equal("a", a.Metadata.Labels[0].Key);
    }

    [Fact]
    public void Read_AnchorsAndAliases_AreResolved()
    {
        var groups = SpecRead.ValidBody("""
            securityGroups:
              ids: [sg-0123456789abcdef0]
              forbiddenIngress: []
              requiredIngress: [{ protocol: tcp, ports: 80, cidr: &office 10.1.0.0/16 }, { protocol: tcp, ports: 443, cidr: *office }]
            """).SecurityGroups!;

        Assert.Equal(["tcp 80 from 10.1.0.0/16", "tcp 443 from 10.1.0.0/16"], groups.RequiredIngress.Select(r => r.ToString()));
    }

    [Fact]
    public void Read_ByteOrderMark_IsIgnored() =>
        Assert.Equal("minimal", SpecRead.Valid("\uFEFF" + SpecSamples.Minimal).Name);
}
