using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Cli.Tests.Commands;

/// <summary>
/// --account and --task-region on status, alerts and reconcile (issue 15), over the in-memory backend (one place): values checked
/// before any call, rows told apart by their ARNs. The hub itself, with members, is <see cref="Process.EwrOnHubTests"/>.
/// </summary>
public sealed class PlaceOptionsTests
{
    private const string Member = "444455556666";
    private const string MemberTask = $"arn:aws:ecs:eu-west-1:{Member}:task/win-prod/ffffffffffffffffffffffffffffffff";

    [Theory]
    [InlineData("alerts", "--account", "44445555666", "--account '44445555666' is not an AWS account id: give its 12 digits, e.g. --account 444455556666")]
    [InlineData("status", "--account", "prod", "--account 'prod' is not an AWS account id: give its 12 digits, e.g. --account 444455556666")]
    [InlineData("status", "--task-region", "EU-West-1", "--task-region 'EU-West-1' is not an AWS region code: give one like --task-region eu-west-1")]
    [InlineData("reconcile", "--task-region", "ireland", "--task-region 'ireland' is not an AWS region code: give one like --task-region eu-west-1")]
    public async Task PlaceOption_BadValue_ExitsTwoSayingWhatIsWrongAndWhere(string command, string option, string value, string message)
    {
        using var cli = new CliRunner();
        string[] args = command == "reconcile" ? [command, "--cluster", Ids.ClusterName, option, value] : [command, option, value];

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, cli.Backends.Created);
    }

    [Fact]
    public async Task Status_RowsOfTwoPlaces_AddTheAccountRegionColumn_AndTheFilterKeepsOnePlace()
    {
        using var cli = await WithAMembersTaskAsync();

        var both = await cli.RunAsync("status");
        var member = await cli.RunAsync("status", "--account", Member, "-o", "json");
        var home = await cli.RunAsync("status", "--task-region", "us-east-1");
        var nowhere = await cli.RunAsync("status", "--task-region", "ap-south-1");

        Assert.Matches(@"^TASK\s+ACCOUNT/REGION\s+FAMILY", both.OutLines[0]);
        Assert.Matches($@"^0a1b2c3d4e5f60718293a4b5c6d7e8f9\s+111122223333/us-east-1\s+iis-webserver\s", both.OutLines[1]);
        Assert.Matches($@"^f{{32}}\s+{Member}/eu-west-1\s+iis-webserver\s", both.OutLines[2]);
        var only = Assert.Single(member.Json().EnumerateArray());
        Assert.Equal((MemberTask, Member, "eu-west-1"), (only.GetProperty("taskArn").GetString(), only.GetProperty("account").GetString(), only.GetProperty("region").GetString()));
        Assert.Matches(@"^TASK\s+FAMILY", home.OutLines[0]);
        Assert.DoesNotContain(home.OutLines, l => l.StartsWith("fffff", StringComparison.Ordinal));
        Assert.Equal(0, nowhere.ExitCode);
        Assert.Contains("no task status stored in region ap-south-1", nowhere.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_TwoPlacesAt80Columns_MovesThePlaceUnderTheRow_NoLineLongerNoIdBroken()
    {
        using var cli = await WithAMembersTaskAsync();
        cli.Terminal = true;
        cli.Environment["COLUMNS"] = "80";

        var result = await cli.RunAsync("status", "--no-color");

        Assert.All(result.OutLines, l => Assert.True(l.Length <= 80, l));
        Assert.StartsWith("0a1b2c3d4e5f60718293a4b5c6d7e8f9 ", result.OutLines[1], StringComparison.Ordinal);
        Assert.Contains(result.OutLines, l => l.Trim() == $"account/region: {Member}/eu-west-1");
        Assert.Contains(result.OutLines, l => l.StartsWith(new string('f', 32) + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Alerts_OnePlace_NoColumn_JsonCarriesAccountAndRegion()
    {
        using var cli = await WithAMembersTaskAsync();

        var table = await cli.RunAsync("alerts");
        var json = await cli.RunAsync("alerts", "-o", "json");
        var elsewhere = await cli.RunAsync("alerts", "--account", Member);

        Assert.Matches(@"^STATE\s+SEVERITY", table.OutLines[0]);
        var alert = Assert.Single(json.Json().EnumerateArray());
        Assert.Equal(("111122223333", "us-east-1"), (alert.GetProperty("account").GetString(), alert.GetProperty("region").GetString()));
        Assert.Equal(0, elsewhere.ExitCode);
        Assert.Contains($"no alerts in account {Member}", elsewhere.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_WithAccount_OnABackendOfOnePlace_ExitsTwoSayingSo()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName, "--account", Member);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is one place; it takes no --account or --task-region", result.Error, StringComparison.Ordinal);
    }

    /// <summary>RDP open and reconciled in the fake world (the hub's own tasks), and one more status, of a member's task.</summary>
    private static async Task<CliRunner> WithAMembersTaskAsync()
    {
        var cli = new CliRunner(new ReconcilerHarness(WorldBuilder.Iis(1)));
        cli.Harness.World.OpenRdpToTheWorld();
        Assert.Equal(0, (await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()))).ExitCode);
        Assert.Equal(1, (await cli.RunAsync("reconcile", "--cluster", Ids.ClusterName)).ExitCode);
        var other = (await cli.Harness.Status.ListAsync(null, null, CancellationToken.None))[0] with
        {
            TaskArn = MemberTask,
            ClusterArn = $"arn:aws:ecs:eu-west-1:{Member}:cluster/win-prod",
        };
        await cli.Harness.Status.PutAsync(other, CancellationToken.None);
        return cli;
    }
}
