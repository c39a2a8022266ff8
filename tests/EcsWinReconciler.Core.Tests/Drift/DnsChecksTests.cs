using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

public class DnsChecksTests
{
    private static readonly DnsSpec Spec = IisSpec.Create().Spec.Dns!;

    private static List<Finding> Check(TaskObservation observed, DnsSpec? spec = null) => [.. DnsChecks.Evaluate(spec ?? Spec, observed)];

    private static TaskObservation WithDhcp(string[] servers, string[] domainNames, string id = Ids.DhcpOptionsId) =>
        IisObservation.Healthy() with { Vpc = IisObservation.Vpc() with { Dhcp = new DhcpOptionsObservation(id, [.. servers], [.. domainNames]) } };

    [Fact]
    public void Evaluate_Healthy_NoFindings() => Assert.Empty(Check(IisObservation.Healthy()));

    [Fact]
    public void Evaluate_DnsSupportOff_ReportsEnableRemedyOnTheVpc()
    {
        var findings = Check(IisObservation.Healthy() with { Vpc = IisObservation.Vpc(support: false) });

        var finding = Assert.Single(findings, f => f.Check == CheckIds.VpcDnsSupport);
        Assert.Equal($"dns.vpc-support/{Ids.VpcId}", finding.Id);
        var remedy = Assert.IsType<EnableVpcAttributeRemedy>(finding.Remedy);
        Assert.Equal(VpcAttribute.EnableDnsSupport, remedy.Attribute);
        Assert.Equal(FindingScope.Shared, finding.Scope);
    }

    [Fact]
    public void Evaluate_HostnamesOff_ReportsAndExplainsTheRandomHostname()
    {
        var finding = Assert.Single(Check(IisObservation.Healthy() with { Vpc = IisObservation.Vpc(hostnames: false) }));

        Assert.Equal(CheckIds.VpcDnsHostnames, finding.Check);
        Assert.Contains("hostname is random", finding.Message, StringComparison.Ordinal);
        Assert.IsType<EnableVpcAttributeRemedy>(finding.Remedy);
    }

    [Fact]
    public void Evaluate_SpecWantsAttributeOffButItIsOn_AlertsNeverDisables()
    {
        var finding = Assert.Single(Check(IisObservation.Healthy(), Spec with { VpcDnsHostnames = false, PrivateDnsName = PrivateDnsNamePolicy.Any }));

        Assert.IsType<AlertOnlyRemedy>(finding.Remedy);
    }

    [Fact]
    public void Evaluate_AttributesNotSpecified_AreNotChecked() =>
        Assert.Empty(Check(IisObservation.Healthy() with { Vpc = IisObservation.Vpc(false, false) }, Spec with { VpcDnsSupport = null, VpcDnsHostnames = null, PrivateDnsName = PrivateDnsNamePolicy.Any }));

    [Fact]
    public void Evaluate_DhcpLacksActiveDirectoryServers_AlertsWithAgentRestartAdvice()
    {
        var spec = Spec with { Servers = ["10.0.0.10", "10.0.1.10"] };

        var finding = Assert.Single(Check(WithDhcp(["AmazonProvidedDNS"], ["corp.example.com"]), spec));

        Assert.Equal($"dns.servers/{Ids.DhcpOptionsId}", finding.Id);
        Assert.IsType<AlertOnlyRemedy>(finding.Remedy);
        Assert.Contains("missing [10.0.0.10, 10.0.1.10]", finding.Message, StringComparison.Ordinal);
        Assert.Contains("unexpected [AmazonProvidedDNS]", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Restart-Service AmazonECS", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ServersInAnotherOrderOrCase_AreTheSame() =>
        Assert.Empty(Check(WithDhcp(["10.0.1.10", "10.0.0.10"], ["corp.example.com"]), Spec with { Servers = ["10.0.0.10", "10.0.1.10"] }));

    [Fact]
    public void Evaluate_AmazonProvidedDnsAnyCase_Matches() =>
        Assert.Empty(Check(WithDhcp(["amazonprovideddns"], ["corp.example.com"])));

    [Fact]
    public void Evaluate_DefaultOptionSet_KeysTheFindingByVpc()
    {
        var observed = IisObservation.Healthy() with { Vpc = IisObservation.Vpc() with { Dhcp = DhcpOptionsObservation.AmazonDefault() } };

        var finding = Assert.Single(Check(observed), f => f.Check == CheckIds.DhcpDomainName);

        Assert.Equal($"default@{Ids.VpcId}", finding.ResourceId);
    }

    [Theory]
    [InlineData("corp.example.com other.example.com")]
    [InlineData("corp.example.com|other.example.com")]
    public void Evaluate_MultiValueDomainName_FlagsTheWindowsPitfall(string joined)
    {
        var values = joined.Split('|');
        var findings = Check(WithDhcp(["AmazonProvidedDNS"], values));

        var pitfall = Assert.Single(findings, f => f.Check == CheckIds.DhcpDomainNameMultiValue);
        Assert.Contains("Windows treats a multi-value domain-name as one single domain", pitfall.Message, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Check == CheckIds.DhcpDomainName);
    }

    [Fact]
    public void Evaluate_WrongDomainName_ReportsMedium()
    {
        var finding = Assert.Single(Check(WithDhcp(["AmazonProvidedDNS"], ["ec2.internal"])));

        Assert.Equal(CheckIds.DhcpDomainName, finding.Check);
        Assert.Equal(("corp.example.com", "ec2.internal"), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Evaluate_DomainNameWithTrailingDotAndCase_Matches() =>
        Assert.Empty(Check(WithDhcp(["AmazonProvidedDNS"], ["Corp.Example.COM."])));

    [Fact]
    public void Evaluate_PrivateDnsNameRequiredButMissing_ReportsWithAttributeState()
    {
        var task = IisObservation.Task() with
        {
            Attachments = [IisObservation.Attachment() with { Details = [.. IisObservation.Attachment().Details.Where(d => d.Key != "privateDnsName")] }],
        };

        var finding = Assert.Single(Check(IisObservation.Healthy() with { Task = task }));

        Assert.Equal(CheckIds.PrivateDnsName, finding.Check);
        Assert.Contains("now on / on", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoVpcObserved_NoDnsFindings() =>
        Assert.Empty(Check(IisObservation.Healthy() with { Vpc = null }));
}
