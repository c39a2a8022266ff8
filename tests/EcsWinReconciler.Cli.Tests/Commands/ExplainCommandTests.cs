using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Cli.Tests.Commands;

/// <summary><c>ewr explain</c>: one task's paths to its DNS servers and domain controllers, hop by hop, changing nothing.</summary>
public sealed class ExplainCommandTests
{
    private const string Dc = "10.0.0.10";
    private const string LinuxAcl = "acl-0e1f2a3b4c5d6e7f8";

    [Fact]
    public async Task Explain_AclWrittenForLinuxReplies_ExitsOneAndShowsTheBlockingEntryHopByHop()
    {
        using var cli = await WorldAsync(new NetworkAcl(LinuxAcl, [
            new NaclEntry(10, false, IpProtocol.Tcp, new PortRange(32768, 60999), Cidr.AnyIPv4, true),
            new NaclEntry(11, false, IpProtocol.Udp, new PortRange(32768, 60999), Cidr.AnyIPv4, true),
            new NaclEntry(100, true, IpProtocol.All, PortRange.All, Cidr.AnyIPv4, true)]));

        var result = await cli.RunAsync("explain", AwsIds.TaskId(Ids.TaskArn), "--cluster", Ids.ClusterName);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"Active Directory {Dc} (ad.path): BLOCKED", result.OutLines);
        Assert.Contains(result.OutLines, l => l.TrimStart().StartsWith("BLOCK ACL reply", StringComparison.Ordinal) && l.Contains(LinuxAcl, StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Contains($"ad.path at network ACL {LinuxAcl}", StringComparison.Ordinal));
        Assert.Empty(await cli.Harness.Alerts.ListAsync(openOnly: false, CancellationToken.None));
        Assert.Empty(await cli.Harness.Status.ListAsync(null, null, CancellationToken.None));
    }

    [Fact]
    public async Task Explain_NarrowTerminal_NoLineOverEightyAndNoIdBroken()
    {
        using var cli = await WorldAsync(new NetworkAcl(LinuxAcl, [new NaclEntry(100, true, IpProtocol.All, PortRange.All, Cidr.AnyIPv4, true)]));
        cli.Terminal = true;
        cli.Environment["COLUMNS"] = "80";

        var result = await cli.RunAsync("explain", AwsIds.TaskId(Ids.TaskArn), "--cluster", Ids.ClusterName, "--no-color", "--all-hops");

        Assert.All(result.OutLines, l => Assert.True(l.Length <= 80, l));
        foreach (var id in new[] { LinuxAcl, Ids.WebGroup, Ids.SubnetA, AwsIds.TaskId(Ids.TaskArn) })
        {
            Assert.Contains(result.OutLines, l => l.Contains(id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Explain_Json_EveryServiceAndHopWithWhatItDecided()
    {
        using var cli = await WorldAsync(new NetworkAcl(LinuxAcl, [
            new NaclEntry(10, false, IpProtocol.All, PortRange.All, Cidr.AnyIPv4, true),
            new NaclEntry(100, true, IpProtocol.All, PortRange.All, Cidr.AnyIPv4, true)]));

        var result = await cli.RunAsync("explain", Ids.TaskArn, "--cluster", Ids.ClusterName, "--check", "ad.path", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var server = Assert.Single(json.RootElement.GetProperty("servers").EnumerateArray());
        Assert.Equal(("ad.path", Dc, true), (server.GetProperty("check").GetString(), server.GetProperty("server").GetString(), server.GetProperty("reachable").GetBoolean()));
        Assert.Contains(server.GetProperty("services").EnumerateArray(), s => s.GetProperty("service").GetString() == "Kerberos (tcp 88)");
        Assert.All(server.GetProperty("services").EnumerateArray(), s => Assert.NotEmpty(s.GetProperty("hops").EnumerateArray()));
    }

    [Fact]
    public async Task Explain_AnExceptedFinding_SaysUntilWhenAndWhy_InTextAndJson()
    {
        using var cli = await WorldAsync(new NetworkAcl(LinuxAcl, [new NaclEntry(100, true, IpProtocol.All, PortRange.All, Cidr.AnyIPv4, true)]));
        var added = await cli.RunAsync(
            "except", "add", "iis-webserver", "--check", "ad.path", "--resource", LinuxAcl,
            "--reason", "ACL rewrite in progress", "--expires", "2027-01-31", "--ticket", "CHG-4711", "--by", "ana");
        Assert.True(added.ExitCode == 0, added.ToString());

        var text = await cli.RunAsync("explain", Ids.TaskArn, "--cluster", Ids.ClusterName);
        var json = await cli.RunAsync("explain", Ids.TaskArn, "--cluster", Ids.ClusterName, "-o", "json");

        var finding = text.OutLines.ToList().FindIndex(l => l.Contains($"ad.path at network ACL {LinuxAcl}", StringComparison.Ordinal));
        Assert.True(finding >= 0, text.ToString());
        Assert.Contains(text.OutLines.Skip(finding + 1).Take(3), l => l.Trim() == "excepted until 2027-01-31: CHG-4711 — ACL rewrite in progress");
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        var excepted = Assert.Single(document.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("check").GetString() == "ad.path");
        Assert.Equal("excepted until 2027-01-31: CHG-4711 — ACL rewrite in progress", excepted.GetProperty("exception").GetString());
    }

    [Fact]
    public async Task Explain_TaskThatDoesNotExist_ExitsTwoNamingIt()
    {
        using var cli = await WorldAsync(new NetworkAcl(LinuxAcl, []));

        var result = await cli.RunAsync("explain", "ffffffffffffffffffffffffffffffff", "--cluster", Ids.ClusterName);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("task ffffffffffffffffffffffffffffffff was not found in cluster", result.Error, StringComparison.Ordinal);
    }

    /// <summary>The IIS task in subnet A behind <paramref name="acl"/>, its spec naming a domain controller in another subnet.</summary>
    private static async Task<CliRunner> WorldAsync(NetworkAcl acl)
    {
        var cli = new CliRunner();
        cli.Harness.World.Subnets[Ids.SubnetA] = new SubnetObservation(Ids.SubnetA, Ids.VpcId, Cidr.Parse("10.20.3.0/24"), 200)
        {
            Acl = acl,
            Routes = new RouteTable("rtb-0a1b2c3d4e5f60718", [new RouteEntry(Cidr.Parse("10.20.0.0/16"), RouteEntry.Local), new RouteEntry(Cidr.Parse("10.0.0.0/16"), "tgw-0123456789abcdef0")]),
            VpcBlock = Cidr.Parse("10.20.0.0/16"),
        };
        var spec = SpecTexts.Iis().Replace("  remediation:", $"  activeDirectory:\n    domainControllers: [{Dc}]\n  remediation:", StringComparison.Ordinal);
        var applied = await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", spec));
        Assert.True(applied.ExitCode == 0, applied.ToString());
        return cli;
    }
}
