using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Cli.Tests.Process;

/// <summary>
/// End to end: the built ewr as a process with the real backend, EC2/ECS/SNS answered by the loopback sandbox and
/// DynamoDB by dynalite (AWS_ENDPOINT_URL for the first, AWS_ENDPOINT_URL_DYNAMODB for the second, as a user would
/// point the AWS SDKs at local stand-ins). The scenario: RDP open to the internet on the web group;
/// a dry run alerts (SNS: opened), a reconcile revokes the rule (SNS: resolved), the next one finds nothing.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class EwrOnSandboxTests(DynaliteFixture dynamo)
{
    [Fact]
    public async Task RdpOpen_DryRunThenReconcile_StatusAndAlertsTellTheStory()
    {
        await using var sandbox = await SandboxHost.StartAsync("rdp-open", new SandboxOptions { Seed = 7 });
        using var files = new CliRunner();
        var environment = await EndpointsAsync(sandbox);
        var specs = files.File("specs.yaml", SampleSpec.Yaml);

        var apply = await EwrProcess.RunAsync(environment, "spec", "apply", "-f", specs);
        var dryRun = await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "--dry-run");
        var statusBefore = await EwrProcess.RunAsync(environment, "status", "--cluster", ScenarioIds.ClusterName, "-o", "json");
        var reconcile = await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "--family", ScenarioIds.Family);
        var again = await EwrProcess.RunAsync(environment, "reconcile", "--cluster", ScenarioIds.ClusterName, "-o", "json");
        var statusAfter = await EwrProcess.RunAsync(environment, "status", "--cluster", ScenarioIds.ClusterName);
        var alerts = await EwrProcess.RunAsync(environment, "alerts", "-o", "json");

        Assert.True(apply.ExitCode == 0, apply.ToString());
        Assert.True(dryRun.ExitCode == 1, dryRun.ToString());
        Assert.Contains("dry run: would revoke", dryRun.Out);
        Assert.Empty(statusBefore.Json().EnumerateArray());
        Assert.True(reconcile.ExitCode == 0, reconcile.ToString());
        Assert.Contains("repaired: revoke", reconcile.Out);
        Assert.Contains("no drift remains", reconcile.Out);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(0, again.Json().GetProperty("findings").GetInt32());
        Assert.Matches(@"judged\s+True\s+True\s+True\s+0$", statusAfter.OutLines[1]);
        Assert.DoesNotContain("False", statusAfter.Out);
        Assert.DoesNotContain(3389, sandbox.State.Read(world => world.SecurityGroups[ScenarioIds.WebGroup].Ingress.Select(r => r.FromPort).ToList()));
        // Issue 11: the dry run wrote and sent nothing, so the repair that followed had no alert to open or resolve.
        Assert.Empty(alerts.Json().EnumerateArray());
        Assert.Empty(sandbox.State.PublishedMessages());
    }

    [Fact]
    public async Task InvokeResync_WithTheDefaultAlertCap_AlertsAndChangesNothing()
    {
        await using var sandbox = await SandboxHost.StartAsync("rdp-open", new SandboxOptions { Seed = 7 });
        using var files = new CliRunner();
        var environment = await EndpointsAsync(sandbox);
        await EwrProcess.RunAsync(environment, "spec", "apply", "-f", files.File("specs.yaml", SampleSpec.Yaml));
        var resync = Path.Combine(AppContext.BaseDirectory, "Events", "resync-schedule.json");

        var result = await EwrProcess.RunAsync(environment, "invoke", "--function", "resync", "--event", resync, "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var answer = result.Json();
        Assert.Equal("reconciled", answer.GetProperty("status").GetString());
        Assert.Equal(2, answer.GetProperty("findings").GetInt32());
        Assert.Equal(0, answer.GetProperty("actionsApplied").GetInt32());
        Assert.Equal(1, answer.GetProperty("alertsOpened").GetInt32());
        Assert.Contains(3389, sandbox.State.Read(world => world.SecurityGroups[ScenarioIds.WebGroup].Ingress.Select(r => r.FromPort).ToList()));
        Assert.Single(sandbox.State.PublishedMessages());
    }

    /// <summary>
    /// <c>ewr invoke</c> runs the function with the ports a deployed one gets: its AWS calls are counted into the ApiCalls
    /// metric (printed with --verbose, as Lambda's log stream would hold it), not reported as none.
    /// </summary>
    [Fact]
    public async Task InvokeResync_Verbose_CountsItsAwsCallsInTheApiCallsMetric()
    {
        await using var sandbox = await SandboxHost.StartAsync("rdp-open", new SandboxOptions { Seed = 7 });
        using var files = new CliRunner();
        var environment = await EndpointsAsync(sandbox);
        await EwrProcess.RunAsync(environment, "spec", "apply", "-f", files.File("specs.yaml", SampleSpec.Yaml));
        var resync = Path.Combine(AppContext.BaseDirectory, "Events", "resync-schedule.json");
        var callsBefore = sandbox.Calls.Records().Count;

        var result = await EwrProcess.RunAsync(environment, "--verbose", "invoke", "--function", "resync", "--event", resync, "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var counted = System.Text.RegularExpressions.Regex.Matches(result.Error, "\"ApiCalls\":\\s*(\\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(counted);
        var sandboxCalls = sandbox.Calls.Records().Count - callsBefore;
        // Every EC2/ECS/SNS call the sandbox answered is counted; DynamoDB's (dynalite) are counted too.
        Assert.True(sandboxCalls > 0 && counted.Sum() >= sandboxCalls, $"ApiCalls {counted.Sum()}, sandbox calls {sandboxCalls}");
    }

    private async Task<Dictionary<string, string?>> EndpointsAsync(SandboxHost sandbox)
    {
        var tables = await dynamo.CreateTablesAsync();
        var environment = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL"] = sandbox.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamo.Server.ServiceUrl.ToString(),
            ["AWS_REGION"] = "us-east-1",
            ["EWR_SPECS_TABLE"] = tables.Specs,
            ["EWR_STATE_TABLE"] = tables.State,
            ["EWR_ALERT_TOPIC_ARN"] = ScenarioIds.TopicArn,
        };
        return environment;
    }
}
