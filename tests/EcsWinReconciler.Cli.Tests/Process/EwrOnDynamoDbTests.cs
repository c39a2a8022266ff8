using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Cli.Tests.Process;

/// <summary>
/// The built ewr as a process, with the real backend (the AWS composition root) against a DynamoDB-compatible server
/// on loopback (dynalite): the spec commands over the real wire, conditional writes and all.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class EwrOnDynamoDbTests(DynaliteFixture dynamo)
{
    [Fact]
    public async Task SpecApply_Twice_CreatesThenReportsUnchangedAtTheSameGeneration()
    {
        using var files = new CliRunner();
        var spec = files.File("iis.yaml", SpecTexts.Iis());
        var aws = await AwsOptionsAsync();

        var first = await EwrProcess.RunAsync(aws, "spec", "apply", "-f", spec);
        var second = await EwrProcess.RunAsync(aws, "spec", "apply", "-f", spec);
        var diff = await EwrProcess.RunAsync(aws, "spec", "diff", "-f", spec);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("spec/iis-webserver created (generation 1)", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("spec/iis-webserver unchanged (generation 1)", second.Out);
        Assert.Equal(0, diff.ExitCode);
    }

    [Fact]
    public async Task SpecGetYaml_AppliedBack_IsUnchanged_AndAChangeBumpsTheGeneration()
    {
        using var files = new CliRunner();
        var aws = await AwsOptionsAsync();
        await EwrProcess.RunAsync(aws, "spec", "apply", "-f", files.File("iis.yaml", SpecTexts.Iis()));

        var yaml = await EwrProcess.RunAsync(aws, "spec", "get", "iis-webserver", "-o", "yaml");
        var back = await EwrProcess.RunAsync(aws, "spec", "apply", "-f", files.File("back.yaml", yaml.Out));
        var changed = await EwrProcess.RunAsync(aws, "spec", "apply", "-f", files.File("iis.yaml", SpecTexts.Iis(remediation: "dry-run")));
        var list = await EwrProcess.RunAsync(aws, "spec", "list", "-o", "json");

        Assert.Contains("spec/iis-webserver unchanged (generation 1)", back.Out);
        Assert.Contains("spec/iis-webserver updated (generation 1 → 2)", changed.Out);
        Assert.Equal(2, Assert.Single(list.Json().EnumerateArray()).GetProperty("generation").GetInt64());
    }

    [Fact]
    public async Task SpecApply_TieWithAStoredSpec_ExitsTwoAndStoresNothing()
    {
        using var files = new CliRunner();
        var aws = await AwsOptionsAsync();
        await EwrProcess.RunAsync(aws, "spec", "apply", "-f", files.File("iis.yaml", SpecTexts.Iis()));

        var tie = await EwrProcess.RunAsync(aws, "spec", "apply", "-f", files.File("twin.yaml", SpecTexts.Iis(name: "twin")));
        var get = await EwrProcess.RunAsync(aws, "spec", "get", "twin");

        Assert.Equal(2, tie.ExitCode);
        Assert.Contains("selects the same tasks (win-prod/iis-webserver) as \"iis-webserver\" in stored spec", tie.Error);
        Assert.Equal(2, get.ExitCode);
    }

    [Fact]
    public async Task StatusAndAlerts_OnFreshTables_AreEmptyAndExitZero()
    {
        var aws = await AwsOptionsAsync();

        var status = await EwrProcess.RunAsync(aws, "status", "--cluster", "win-prod", "-o", "json");
        var alerts = await EwrProcess.RunAsync(aws, "alerts");

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Equal(0, status.Json().GetArrayLength());
        Assert.Equal(0, alerts.ExitCode);
        Assert.Contains("no alerts", alerts.Error);
    }

    [Fact]
    public async Task SpecDelete_RemovesItFromTheTable()
    {
        using var files = new CliRunner();
        var aws = await AwsOptionsAsync();
        await EwrProcess.RunAsync(aws, "spec", "apply", "-f", files.File("iis.yaml", SpecTexts.Iis()));

        var delete = await EwrProcess.RunAsync(aws, "spec", "delete", "iis-webserver");
        var list = await EwrProcess.RunAsync(aws, "spec", "list", "-o", "json");

        Assert.Equal(0, delete.ExitCode);
        Assert.Equal(0, list.Json().GetArrayLength());
    }

    /// <summary>The environment 'ewr demo --keep-running' tells people to export: the endpoint, the region, the tables.</summary>
    private async Task<Dictionary<string, string?>> AwsOptionsAsync()
    {
        var tables = await dynamo.CreateTablesAsync();
        return new()
        {
            ["AWS_ENDPOINT_URL"] = dynamo.Server.ServiceUrl.ToString(),
            ["AWS_REGION"] = "us-east-1",
            ["EWR_SPECS_TABLE"] = tables.Specs,
            ["EWR_STATE_TABLE"] = tables.State,
        };
    }
}
