using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

public class SecurityGroupChecksTests
{
    private static readonly SecurityGroupSpec Spec = IisSpec.Create().Spec.SecurityGroups!;

    private static List<Finding> Check(TaskObservation observed, SecurityGroupSpec? spec = null) =>
        [.. SecurityGroupChecks.Evaluate(spec ?? Spec, observed)];

    private static TaskObservation WithWebRules(params ObservedIngressRule[] extra) =>
        IisObservation.Healthy() with { SecurityGroups = [IisObservation.WebGroup(extra)] };

    private static ObservedIngressRule Rule(string id, string protocol, int from, int to, string cidr) =>
        new(id, Ids.WebGroup, new IngressPermission(IpProtocol.Parse(protocol), new PortRange(from, to), RuleSource.FromCidr(Cidr.Parse(cidr))));

    [Fact]
    public void Evaluate_Healthy_NoFindings() => Assert.Empty(Check(IisObservation.Healthy()));

    [Fact]
    public void Evaluate_ExactWithExtraGroup_ReportsSetDrift()
    {
        var observed = IisObservation.Healthy() with { Eni = IisObservation.Eni() with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] } };

        var finding = Assert.Single(Check(observed));

        Assert.Equal($"sg.set/{Ids.EniId}", finding.Id);
        Assert.Equal($"exactly [{Ids.WebGroup}]", finding.Expected);
        Assert.Contains($"unexpected [{Ids.OtherGroup}]", finding.Message, StringComparison.Ordinal);
        Assert.IsType<ServiceNetworkRemedy>(finding.Remedy);
    }

    [Fact]
    public void Evaluate_SupersetWithExtraGroup_IsFine()
    {
        var observed = IisObservation.Healthy() with { Eni = IisObservation.Eni() with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] } };

        Assert.Empty(Check(observed, Spec with { Match = GroupMatch.Superset }));
    }

    [Fact]
    public void Evaluate_SupersetMissingGroup_ReportsMissing()
    {
        var observed = IisObservation.Healthy() with { Eni = IisObservation.Eni() with { GroupIds = [Ids.OtherGroup] }, SecurityGroups = [] };

        var findings = Check(observed, Spec with { Match = GroupMatch.Superset, RequiredIngress = [] });

        var finding = Assert.Single(findings);
        Assert.Contains($"missing [{Ids.WebGroup}]", finding.Message, StringComparison.Ordinal);
        Assert.Equal($"at least [{Ids.WebGroup}]", finding.Expected);
    }

    [Theory]
    [InlineData("tcp", 3389, 3389, "0.0.0.0/0", Severity.Critical)]
    [InlineData("tcp", 3000, 4000, "0.0.0.0/0", Severity.Critical)]
    [InlineData("-1", 0, 65535, "0.0.0.0/0", Severity.Critical)]
    [InlineData("tcp", 5986, 5986, "::/0", Severity.Critical)]
    [InlineData("tcp", 5980, 5985, "0.0.0.0/0", Severity.Critical)]
    public void Evaluate_RuleOpensForbiddenPortToWorld_ReportsRevokeOnTheGroup(string protocol, int from, int to, string cidr, Severity severity)
    {
        var finding = Assert.Single(Check(WithWebRules(Rule("sgr-0ccccccccccccccc3", protocol, from, to, cidr))));

        Assert.Equal($"sg.forbidden-ingress/{Ids.WebGroup}/sgr-0ccccccccccccccc3", finding.Id);
        Assert.Equal(FindingScope.Shared, finding.Scope);
        Assert.Equal(severity, finding.Severity);
        var remedy = Assert.IsType<RevokeRuleRemedy>(finding.Remedy);
        Assert.Equal(("sgr-0ccccccccccccccc3", Ids.WebGroup), (remedy.RuleId, remedy.GroupId));
        Assert.Contains("all 3 ENIs that use it", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tcp", 3389, 3389, "10.0.0.0/8")]
    [InlineData("udp", 3389, 3389, "0.0.0.0/0")]
    [InlineData("tcp", 80, 80, "0.0.0.0/0")]
    [InlineData("tcp", 5987, 6000, "::/0")]
    [InlineData("icmp", 0, 65535, "0.0.0.0/0")]
    public void Evaluate_RuleNotForbidden_NoFinding(string protocol, int from, int to, string cidr) =>
        Assert.Empty(Check(WithWebRules(Rule("sgr-0ccccccccccccccc3", protocol, from, to, cidr))));

    [Fact]
    public void Evaluate_ForbiddenRuleFromNarrowCidr_MatchesWiderObservedRule()
    {
        var spec = Spec with { ForbiddenIngress = [IisSpec.Rule("tcp", 3389, 3389, "10.1.0.0/16")] };

        var finding = Assert.Single(Check(WithWebRules(Rule("sgr-0ccccccccccccccc3", "tcp", 3389, 3389, "10.0.0.0/8")), spec));

        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void Evaluate_ForbiddenRuleOnAGroupNotObserved_IsNotInvented()
    {
        var observed = IisObservation.Healthy() with { SecurityGroups = [] };

        Assert.DoesNotContain(Check(observed), f => f.Check == CheckIds.ForbiddenIngress);
    }

    [Fact]
    public void Evaluate_RequiredIngressMissing_ReportsAuthorizeOnTheSpecGroup()
    {
        var observed = IisObservation.Healthy() with { SecurityGroups = [new ObservedSecurityGroup(Ids.WebGroup, "iis-web", Ids.VpcId, [])] };

        var finding = Assert.Single(Check(observed));

        Assert.Equal(CheckIds.RequiredIngress, finding.Check);
        Assert.StartsWith($"{Ids.WebGroup}/tcp:80:{Ids.AlbGroup}", finding.ResourceId, StringComparison.Ordinal);
        var remedy = Assert.IsType<AuthorizeRuleRemedy>(finding.Remedy);
        Assert.Equal(IisSpec.HttpFromAlb.Permission, remedy.Permission);
    }

    [Fact]
    public void Evaluate_RequiredIngressCoveredByAllTrafficRuleFromGroup_IsSatisfied()
    {
        var allFromAlb = new ObservedIngressRule("sgr-0ddddddddddddddd4", Ids.WebGroup, new IngressPermission(IpProtocol.All, PortRange.All, RuleSource.FromGroup(Ids.AlbGroup)));
        var observed = IisObservation.Healthy() with { SecurityGroups = [new ObservedSecurityGroup(Ids.WebGroup, "iis-web", Ids.VpcId, [allFromAlb])] };

        Assert.Empty(Check(observed));
    }

    [Fact]
    public void Evaluate_RequiredCidrRuleOnlyPartlyCovered_ReportsMissing()
    {
        var spec = Spec with { RequiredIngress = [IisSpec.Rule("tcp", 80, 80, "10.0.0.0/8")] };
        var observed = WithWebRules(Rule("sgr-0eeeeeeeeeeeeee5", "tcp", 80, 80, "10.1.0.0/16"));

        Assert.Single(Check(observed, spec), f => f.Check == CheckIds.RequiredIngress);
    }

    [Fact]
    public void Evaluate_RequiredTargetGroupNotOnEni_AlertsInsteadOfAuthorizing()
    {
        var observed = IisObservation.Healthy() with
        {
            Eni = IisObservation.Eni() with { GroupIds = [Ids.OtherGroup] },
            SecurityGroups = [new ObservedSecurityGroup(Ids.OtherGroup, "other", Ids.VpcId, [])],
        };

        var required = Assert.Single(Check(observed), f => f.Check == CheckIds.RequiredIngress);

        Assert.IsType<AlertOnlyRemedy>(required.Remedy);
        Assert.Contains("fix the group set first", required.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SectionOmitted_NoChecks() =>
        Assert.Empty(SecurityGroupChecks.Evaluate(null, WithWebRules(IisObservation.RdpFromWorldRule)));
}
