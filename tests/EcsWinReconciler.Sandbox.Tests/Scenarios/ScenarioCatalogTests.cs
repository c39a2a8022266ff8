using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Scenarios;

public class ScenarioCatalogTests
{
    [Fact]
    public void All_NamesAndDescriptions_UniqueAndPresent()
    {
        Assert.Equal(
            [
                "healthy", "rdp-open", "wrong-security-groups", "dns-hostnames-off", "dhcp-missing-ad-dns", "linux-task", "eni-exhausted", "rollout-stuck",
                "nacl-blocks-dns", "ad-unreachable", "resolver-rule-missing", "subnet-exhausted", "agent-not-awsvpc-ready",
            ],
            ScenarioCatalog.All.Select(s => s.Name));
        Assert.All(ScenarioCatalog.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Description)));
    }

    [Fact]
    public void Get_Joined_ComposesTheChanges()
    {
        var scenario = ScenarioCatalog.Get("rdp-open+dns-hostnames-off");

        Assert.Equal("rdp-open+dns-hostnames-off", scenario.Name);
        Assert.Same(ScenarioCatalog.RdpOpen, ScenarioCatalog.Get("healthy+rdp-open"));
    }

    [Fact]
    public void Get_Unknown_ThrowsListingTheKnownNames()
    {
        var error = Assert.Throws<ArgumentException>(() => ScenarioCatalog.Get("rdp-open+typo"));

        Assert.Contains("typo", error.Message, StringComparison.Ordinal);
        Assert.Contains("eni-exhausted", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drifted-fleet-12", "drifted-fleet-12")]
    [InlineData("scale-30", "scale-30")]
    [InlineData("rdp-open+drifted-fleet-4", "rdp-open+drifted-fleet-4")]
    public void Get_SizedNames_BuildTheSizedScenarios(string name, string expected) =>
        Assert.Equal(expected, ScenarioCatalog.Get(name).Name);

    [Theory]
    [InlineData("drifted-fleet-")]
    [InlineData("drifted-fleet-x")]
    [InlineData("scale--3")]
    public void Get_SizedNameWithoutASize_ThrowsListingTheSizedOnes(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => ScenarioCatalog.Get(name));

        Assert.Contains("drifted-fleet-N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_DriftedFleetBeyondItsSubnets_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioCatalog.Get($"drifted-fleet-{DriftedFleet.MaxTasks + 1}"));

    [Fact]
    public async Task Composed_RdpOpenAndDnsHostnamesOff_BothChangesPresent()
    {
        await using var host = await TestSandbox.StartAsync("rdp-open+dns-hostnames-off");

        host.State.Read(w =>
        {
            Assert.Contains(w.SecurityGroups[ScenarioIds.WebGroup].Ingress, r => r.FromPort == 3389 && r.CidrIpv4 == "0.0.0.0/0");
            Assert.False(w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames);
            return 0;
        });
    }

    [Fact]
    public async Task StartAsync_SameSeed_SameAccount()
    {
        await using var first = await TestSandbox.StartAsync("eni-exhausted", seed: 3);
        await using var second = await TestSandbox.StartAsync("eni-exhausted", seed: 3);
        await using var other = await TestSandbox.StartAsync("eni-exhausted", seed: 4);

        Assert.Equal(first.Admin.DumpState(), second.Admin.DumpState());
        Assert.NotEqual(first.Admin.DumpState(), other.Admin.DumpState());
    }

    [Fact]
    public void ScenarioIds_Ec2Ids_SeventeenHexDigits()
    {
        var ids = typeof(ScenarioIds).GetFields().Select(f => (string)f.GetValue(null)!)
            .Where(v => v.StartsWith("sg-", StringComparison.Ordinal) || v.StartsWith("subnet-", StringComparison.Ordinal) ||
                        v.StartsWith("vpc-", StringComparison.Ordinal) || v.StartsWith("eni-", StringComparison.Ordinal) ||
                        v.StartsWith("i-", StringComparison.Ordinal) || v.StartsWith("dopt-", StringComparison.Ordinal))
            .ToList();

        Assert.True(ids.Count >= 14);
        Assert.All(ids, id => Assert.Matches("^[a-z]+-[0-9a-f]{17}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(SandboxAccount.Region + ":" + SandboxAccount.AccountId, ScenarioIds.TopicArn.Split(':')[3] + ":" + ScenarioIds.TopicArn.Split(':')[4]);
    }
}
