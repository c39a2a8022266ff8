using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Cli.Tests.Commands;

/// <summary>Issue 14: ewr except add, list and remove; status and alerts --excepted once a reconcile saw the excepted drift.</summary>
public sealed class ExceptCommandTests
{
    private static readonly string[] AddRdp =
    [
        "except", "add", "iis-webserver", "--check", "sg.forbidden-ingress", "--resource", Ids.WebGroup,
        "--reason", "RDP from the bastion until the migration ends", "--expires", "2027-01-31", "--ticket", "CHG-4711", "--by", "ana",
    ];

    private static async Task<CliRunner> WithSpecAsync(ReconcilerHarness? harness = null)
    {
        var cli = new CliRunner(harness);
        var applied = await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));
        Assert.Equal(0, applied.ExitCode);
        return cli;
    }

    [Fact]
    public async Task Add_ValidException_StoredInTheSpecWithWhoAndWhenAndANewGeneration()
    {
        using var cli = await WithSpecAsync();

        var result = await cli.RunAsync(AddRdp);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("spec/iis-webserver: sg.forbidden-ingress on sg-0123456789abcdef0 excepted until 2027-01-31 (added by ana; generation 2)", result.Out);
        var stored = (await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!;
        var entry = Assert.Single(stored.Spec.Spec.Exceptions);
        Assert.Equal(("ana", cli.Harness.Time.GetUtcNow()), (entry.AddedBy, entry.AddedAt!.Value));
        Assert.Equal(2, stored.Generation);
    }

    [Fact]
    public async Task Add_WithoutBy_RecordsTheCallerArnFromSts()
    {
        using var cli = await WithSpecAsync();

        var result = await cli.RunAsync([.. AddRdp.Take(AddRdp.Length - 2)]);

        Assert.Equal(0, result.ExitCode);
        var entry = Assert.Single((await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!.Spec.Spec.Exceptions);
        Assert.Equal("arn:aws:sts::111122223333:assumed-role/PlatformAdmin/ana", entry.AddedBy);
    }

    [Fact]
    public async Task Add_WithoutByAndStsFails_Exit3AskingForBy()
    {
        using var cli = await WithSpecAsync();
        cli.Backends.Caller = () => throw new Core.Ports.AdapterException("sts", "GetCallerIdentity", null, "ExpiredToken: the security token included in the request is expired");

        var result = await cli.RunAsync([.. AddRdp.Take(AddRdp.Length - 2)]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("who is adding the exception is not known: STS GetCallerIdentity failed", result.Error);
        Assert.Contains("pass --by NAME", result.Error);
        Assert.Equal(1, (await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!.Generation);
    }

    [Fact]
    public async Task Add_SameCheckAndResourceAgain_RenewsIt()
    {
        using var cli = await WithSpecAsync();
        await cli.RunAsync(AddRdp);

        var result = await cli.RunAsync([.. AddRdp.Select(a => a == "2027-01-31" ? "2027-02-15" : a)]);

        Assert.Contains("excepted until 2027-02-15 (renewed by ana; generation 3)", result.Out);
        Assert.Single((await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!.Spec.Spec.Exceptions);
    }

    [Theory]
    [InlineData("--check", "sg.forbiden-ingress", "--check: \"sg.forbiden-ingress\" is not a check id; did you mean \"sg.forbidden-ingress\"?")]
    [InlineData("--resource", "vpc-0123456789abcdef0", "--resource: \"vpc-0123456789abcdef0\" cannot be a root of sg.forbidden-ingress: expected a security group id")]
    [InlineData("--expires", "2027-06-01", "--expires: 2027-06-01 is more than 90 days ahead (the latest allowed now is 2027-02-23)")]
    [InlineData("--expires", "2026-11-01", "--expires: 2026-11-01 has passed")]
    [InlineData("--expires", "next week", "--expires: \"next week\" is not a date (2027-01-31)")]
    [InlineData("--reason", " ", "--reason: ")]
    public async Task Add_BadValue_NamedByItsOptionAndNothingChanged(string option, string value, string error)
    {
        using var cli = await WithSpecAsync();
        var args = AddRdp.ToArray();
        args[Array.IndexOf(args, option) + 1] = value;

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(error, result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.Equal(1, (await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!.Generation);
    }

    [Fact]
    public async Task Add_MaximumRaisedByTheEnvironment_AcceptsAFartherDate()
    {
        using var cli = await WithSpecAsync();
        cli.Environment["EWR_MAX_EXCEPTION_DAYS"] = "200";

        var result = await cli.RunAsync([.. AddRdp.Select(a => a == "2027-01-31" ? "2027-06-01" : a)]);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Add_NoSuchSpec_Exit1()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(AddRdp);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("spec \"iis-webserver\" not found", result.Error);
    }

    [Fact]
    public async Task List_Table_ShowsInForceAndLapsed_JsonHasEveryField()
    {
        using var cli = await WithSpecAsync();
        await cli.RunAsync(AddRdp);
        cli.Harness.Time.Advance(TimeSpan.FromDays(70));

        var table = await cli.RunAsync("except", "list", "-o", "wide");
        var json = await cli.RunAsync("except", "list", "iis-webserver", "-o", "json");

        Assert.Matches(@"^SPEC\s+CHECK\s+RESOURCE\s+EXPIRES\s+STATE\s+TICKET\s+BY\s+ADDED\s+REASON", table.OutLines[0]);
        Assert.Matches(@"^iis-webserver\s+sg\.forbidden-ingress\s+sg-0123456789abcdef0\s+2027-01-31\s+lapsed\s+CHG-4711\s+ana\s+2026-11-25T12:00:00Z\s+RDP from", table.OutLines[1]);
        var item = Assert.Single(json.Json().EnumerateArray());
        Assert.False(item.GetProperty("inForce").GetBoolean());
        Assert.Equal("CHG-4711", item.GetProperty("ticket").GetString());
    }

    [Fact]
    public async Task Remove_Existing_GoneAndGenerationBumped_MissingIsExit1()
    {
        using var cli = await WithSpecAsync();
        await cli.RunAsync(AddRdp);

        var removed = await cli.RunAsync("except", "remove", "iis-webserver", "--check", "sg.forbidden-ingress", "--resource", Ids.WebGroup);
        var again = await cli.RunAsync("except", "remove", "iis-webserver", "--check", "sg.forbidden-ingress", "--resource", Ids.WebGroup);

        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("exception for sg.forbidden-ingress on sg-0123456789abcdef0 removed (generation 3)", removed.Out);
        Assert.Empty((await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!.Spec.Spec.Exceptions);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("has no exception for sg.forbidden-ingress on sg-0123456789abcdef0", again.Error);
    }

    [Fact]
    public async Task StatusAndAlertsExcepted_AfterAReconcile_ShowTheExceptionInsteadOfAnAlert()
    {
        var harness = new ReconcilerHarness();
        harness.World.OpenRdpToTheWorld();
        using var cli = await WithSpecAsync(harness);
        await cli.RunAsync(AddRdp);
        await harness.ResyncAsync();

        var status = await cli.RunAsync("status", "-o", "json");
        var alerts = await cli.RunAsync("alerts");
        var excepted = await cli.RunAsync("alerts", "--excepted", "-o", "wide");

        var finding = status.Json().EnumerateArray().SelectMany(s => s.GetProperty("findings").EnumerateArray()).Single(f => f.GetProperty("check").GetString() == CheckIds.ForbiddenIngress);
        Assert.Equal("excepted until 2027-01-31: CHG-4711 — RDP from the bastion until the migration ends", finding.GetProperty("handling").GetString());
        Assert.Contains("no alerts", alerts.Error);
        Assert.Matches(@"^excepted\s+critical\s+sg\.forbidden-ingress\s+sg-0123456789abcdef0/sgr-\w+\s+1\s+iis-webserver\s+excepted until 2027-01-31: CHG-4711", excepted.OutLines[1]);
    }

    [Fact]
    public async Task SpecGetYaml_WithAnAddedException_AppliesBackUnchanged()
    {
        using var cli = await WithSpecAsync();
        await cli.RunAsync(AddRdp);

        var yaml = await cli.RunAsync("spec", "get", "iis-webserver", "-o", "yaml");
        var reapplied = await cli.RunAsync("spec", "apply", "-f", cli.File("roundtrip.yaml", yaml.Out));

        Assert.Contains("by: ana", yaml.Out);
        Assert.Contains("spec/iis-webserver unchanged (generation 2)", reapplied.Out);
    }

    [Fact]
    public async Task SpecValidate_ExceptionPastItsDate_ErrorWithFileLineAndColumn()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis() + "\n  exceptions:\n    - { check: dns.servers, resource: dopt-0123456789abcdef0, reason: AD move, expires: 2026-01-31 }\n");

        var result = await cli.RunAsync("spec", "validate", "-f", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("iis.yaml:", result.Out + result.Error);
        Assert.Contains("spec.exceptions[0].expires: 2026-01-31 has passed; remove the exception, or renew it with a later date", result.Out + result.Error);
    }
}
