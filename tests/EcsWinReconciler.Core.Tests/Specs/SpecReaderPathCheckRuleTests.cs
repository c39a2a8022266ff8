using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Issue 12: what the path and headroom checks need from a spec — eni.minFreeIps, activeDirectory, per-check severities.</summary>
public class SpecReaderPathCheckRuleTests
{
    [Theory]
    [InlineData("eni: { minFreeIps: -1 }", "spec.eni.minFreeIps", "\"-1\" is not a whole number from 0 to 65536")]
    [InlineData("eni: { minFreeIps: ten }", "spec.eni.minFreeIps", "\"ten\" is not a whole number from 0 to 65536")]
    [InlineData("activeDirectory: { domain: corp.example.com }", "spec.activeDirectory", "missing required field \"domainControllers\"")]
    [InlineData("activeDirectory: { domainControllers: [10.0.0.300] }", "spec.activeDirectory.domainControllers[0]", "\"10.0.0.300\" is not an IPv4 address (e.g. 10.0.0.10)")]
    [InlineData("activeDirectory: { domainControllers: [] }", "spec.activeDirectory.domainControllers", "needs at least 1 item")]
    [InlineData("alerts: { severities: { dns.path: urgent } }", "spec.alerts.severities[\"dns.path\"]", "\"urgent\" is not one of low, medium, high, critical")]
    public void Read_BadPathCheckSettings_ReportsAtThePath(string fragment, string path, string message)
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec(fragment));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownCheckInSeverities_IsRejected()
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec("alerts: { severities: { dns.pth: high } }"));

        Assert.Equal("spec.alerts.severities[\"dns.pth\"]", error.Path);
        Assert.Contains("check id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EverySetting_Bound()
    {
        var body = SpecRead.ValidBody("""
            eni: { subnets: [subnet-0a1b2c3d], minFreeIps: 12 }
            activeDirectory: { domainControllers: [10.0.0.10, 10.0.1.10], domain: corp.example.com }
            alerts: { severities: { dns.path: critical, ad.path: low } }
            """);

        Assert.Equal(12, body.Eni!.MinFreeIps);
        Assert.Equal(["10.0.0.10", "10.0.1.10"], body.ActiveDirectory!.DomainControllers);
        Assert.Equal("corp.example.com", body.ActiveDirectory.Domain);
        Assert.Equal([new("ad.path", Severity.Low), new("dns.path", Severity.Critical)], body.Alerts.CheckSeverities);
    }

    [Fact]
    public void Read_NoneOfThem_NotChecked()
    {
        var body = SpecRead.ValidBody("eni: { subnets: [subnet-0a1b2c3d] }");

        Assert.Null(body.Eni!.MinFreeIps);
        Assert.Null(body.ActiveDirectory);
        Assert.Empty(body.Alerts.CheckSeverities);
    }
}
