namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>securityGroups rules: ids, limits, exact match on no groups, groups of required rules, contradictions.</summary>
public class SpecReaderSecurityGroupRuleTests
{
    private const string Sg1 = "sg-0123456789abcdef0";
    private const string Sg2 = "sg-0fedcba9876543210";

    [Theory]
    [InlineData($"securityGroups: {{ ids: [{Sg1}, {Sg2}, sg-12] }}", "spec.securityGroups.ids[2]",
        "\"sg-12\" is not a security group id (sg- followed by 8 or 17 hex digits)")]
    [InlineData($"securityGroups: {{ ids: [{Sg1}, {Sg1}] }}", "spec.securityGroups.ids[1]", $"\"{Sg1}\" is listed twice (first at [0])")]
    [InlineData("securityGroups: { ids: [sg-00000001, sg-00000002, sg-00000003, sg-00000004, sg-00000005, sg-00000006] }", "spec.securityGroups.ids",
        "has 6 items, more than 5 (an awsvpc task takes at most 5 security groups)")]
    [InlineData("securityGroups: { ids: [] }", "spec.securityGroups.ids",
        "is empty, but match exact (the default) needs at least one group (a task ENI always has at least one security group)")]
    [InlineData("securityGroups: { match: exact }", "spec.securityGroups",
        "missing ids: match exact needs at least one group (a task ENI always has at least one security group)")]
    [InlineData($"securityGroups: {{ match: all, ids: [{Sg1}] }}", "spec.securityGroups.match", "\"all\" is not one of exact, superset")]
    [InlineData("securityGroups: { match: superset, requiredIngress: [{ protocol: tcp, ports: 80, cidr: 10.0.0.0/8 }] }", "spec.securityGroups.requiredIngress",
        "needs at least one group in securityGroups.ids: a missing rule is added to one of the task's groups")]
    [InlineData($"securityGroups: {{ ids: [{Sg1}], requiredIngress: [{{ protocol: tcp, ports: 80, cidr: 10.0.0.0/8, group: {Sg2} }}] }}",
        "spec.securityGroups.requiredIngress[0].group",
        $"\"{Sg2}\" is not one of securityGroups.ids; a missing rule can only be added to a group the task has")]
    [InlineData($"securityGroups: {{ ids: [{Sg1}], forbiddenIngress: [{{ protocol: tcp, ports: 22, cidr: 0.0.0.0/0, group: {Sg1} }}] }}",
        "spec.securityGroups.forbiddenIngress[0].group",
        "unknown field; group is only for requiredIngress rules (where a missing rule is added); a forbidden rule is looked for in every group")]
    [InlineData($"securityGroups: {{ ids: [{Sg1}], forbiddenIngress: [{{ protocol: tcp, ports: 22, cidr: 0.0.0.0/0 }}, {{ protocol: 6, ports: '22', cidr: 0.0.0.0/0 }}] }}",
        "spec.securityGroups.forbiddenIngress[1]", "tcp 22 from 0.0.0.0/0 repeats forbiddenIngress[0]")]
    [InlineData($"securityGroups: {{ ids: [{Sg1}], requiredIngress: [{{ protocol: tcp, ports: 80, source: {Sg2} }}, {{ protocol: tcp, ports: 80, source: {Sg2}, group: {Sg1} }}] }}",
        "spec.securityGroups.requiredIngress[1]", $"tcp 80 from {Sg2} repeats requiredIngress[0]")]
    public void Read_BadSecurityGroups_ReportsAtThePath(string fragment, string path, string message)
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec(fragment));

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_RequiredRuleForbiddenByAnExplicitRule_NamesTheForbiddenRule()
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec($$"""
            securityGroups:
              ids: [{{Sg1}}]
              forbiddenIngress: [{ protocol: tcp, ports: 3389, cidr: 0.0.0.0/0 }]
              requiredIngress: [{ protocol: tcp, ports: 3389, cidr: 0.0.0.0/0 }]
            """));

        Assert.Equal("spec.securityGroups.requiredIngress[0]: tcp 3389 from 0.0.0.0/0 is forbidden by forbiddenIngress[0]", error.Text);
    }

    [Fact]
    public void Read_RequiredRuleWiderThanTheForbiddenOne_ShowsTheForbiddenRule()
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec($$"""
            securityGroups:
              ids: [{{Sg1}}]
              forbiddenIngress: [{ protocol: udp, ports: 53, cidr: "::/0" }, { protocol: tcp, ports: 22, cidr: 10.0.0.0/8 }]
              requiredIngress: [{ protocol: all, cidr: 0.0.0.0/0 }]
            """));

        Assert.Equal(
            "spec.securityGroups.requiredIngress[0]: all traffic from 0.0.0.0/0 is forbidden by forbiddenIngress[1] (tcp 22 from 10.0.0.0/8)",
            error.Text);
    }

    [Fact]
    public void Read_RequiredRuleForbiddenByTheDefaults_SaysItIsTheDefault()
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec($$"""
            securityGroups:
              ids: [{{Sg1}}]
              requiredIngress: [{ protocol: tcp, ports: 5900-6000, cidr: "::/0" }]
            """));

        Assert.Equal("spec.securityGroups.requiredIngress[0]", error.Path);
        Assert.Equal("tcp 5900-6000 from ::/0 is forbidden by the default forbiddenIngress (tcp 5985-5986 from ::/0)", error.Message);
    }

    [Fact]
    public void Read_RequiredRuleNarrowerThanAForbiddenOne_IsAllowed()
    {
        // 10.0.0.0/8 does not open what "from 0.0.0.0/0" forbids (IngressPermission.Grants).
        var groups = SpecRead.ValidBody($$"""
            securityGroups:
              ids: [{{Sg1}}]
              requiredIngress: [{ protocol: tcp, ports: 3389, cidr: 10.0.0.0/8 }]
            """).SecurityGroups!;

        Assert.Single(groups.RequiredIngress);
    }
}
