using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.Process;

/// <summary>A few commands through the real process: argument parsing, stdout/stderr and exit codes as a shell sees them.</summary>
public sealed class EwrProcessTests
{
    private static readonly string Seed = Path.Combine(AppContext.BaseDirectory, "Fixtures", "iis-webserver.seed.json");

    [Fact]
    public async Task Lint_SeedTaskDefinition_ExitsOneWithBothFindingsOnStdout()
    {
        var result = await EwrProcess.RunAsync("lint", Seed);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("EWR-TD001", result.Out);
        Assert.Contains("EWR-TD020", result.Out);
        Assert.DoesNotContain("\u001b[", result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task SpecValidate_BrokenFile_ExitsTwoWithEveryErrorOnStderr()
    {
        using var cli = new CliRunner();
        var broken = cli.File("broken.yaml", SpecTexts.Broken);

        var result = await EwrProcess.RunAsync("spec", "validate", "-f", broken);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(4, result.Error.Split('\n').Count(l => l.StartsWith(broken + ":", StringComparison.Ordinal)));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task SpecValidate_Json_ParsesFromTheProcess()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());

        var result = await EwrProcess.RunAsync("spec", "validate", "-f", file, "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Json().GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Version_PrintsThePackageVersion()
    {
        var result = await EwrProcess.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Out);
    }

    [Fact]
    public async Task AwsCommand_WithNothingListeningAtTheEndpoint_ExitsThreeAndNamesTheEndpoint()
    {
        var result = await EwrProcess.RunAsync("spec", "list", "--endpoint-url", "http://127.0.0.1:9", "--region", "us-east-1");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error: DynamoDB ListSpecs (EcsWinReconciler-Specs:-) failed at http://127.0.0.1:9/: the endpoint could not be reached (connection refused)", result.Error);
        Assert.Contains("hint: nothing answered at http://127.0.0.1:9/", result.Error);
    }

    [Fact]
    public async Task AwsCommand_EndpointThatNeverAnswers_Issue13_TimesOutNamingTheServiceAndEndpoint()
    {
        // Accepts connections and never answers: the case that used to be 301 s of silence, then "The operation was canceled".
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start(backlog: 16);
        var endpoint = $"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}/";
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        var result = await EwrProcess.RunAsync("spec", "list", "--endpoint-url", endpoint, "--region", "us-east-1", "--read-timeout", "1");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"error: DynamoDB ListSpecs (EcsWinReconciler-Specs:-) failed at {endpoint}: no answer within 1 s", result.Error);
        Assert.Contains("took the connection but gave no answer", result.Error);
        Assert.DoesNotContain("operation was canceled", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(System.Diagnostics.Stopwatch.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task AwsCommand_WithoutRegion_ExitsThreeAndSaysHowToSetOne()
    {
        var result = await EwrProcess.RunAsync("status");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error: no AWS region is set", result.Error);
        Assert.Contains("hint: pass --region", result.Error);
    }

    [Fact]
    public async Task AwsCommand_WithoutCredentials_ExitsThreeAndSaysHowToSetAProfileOrUseTheSandbox()
    {
        var noKeys = new Dictionary<string, string?> { ["AWS_ACCESS_KEY_ID"] = null, ["AWS_SECRET_ACCESS_KEY"] = null };

        var result = await EwrProcess.RunAsync(noKeys, "alerts", "--region", "us-east-1");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error: no AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, no profile is named (--profile or AWS_PROFILE)", result.Error);
        Assert.Contains("--profile NAME", result.Error);
        Assert.Contains("--endpoint-url http://127.0.0.1:PORT", result.Error);
    }

    [Fact]
    public async Task AwsCommand_ProfileThatDoesNotExist_Issue13_NamesTheProfileAndTheFilesLookedIn()
    {
        var result = await EwrProcess.RunAsync("alerts", "--region", "us-east-1", "--profile", "nosuch");

        Assert.Equal(3, result.ExitCode);
        Assert.Matches(@"^error: AWS profile 'nosuch' \(from --profile\) is not in \S+no-such-aws-config or \S+no-such-aws-credentials\n", result.Error);
        Assert.Contains("aws configure list-profiles", result.Error);
    }

    [Fact]
    public async Task AwsCommand_MalformedDeploymentVariable_ExitsTwoNamingIt()
    {
        var result = await EwrProcess.RunAsync(new Dictionary<string, string?> { ["EWR_REMEDIATION_BUDGET"] = "lots" }, "alerts", "--region", "us-east-1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("EWR_REMEDIATION_BUDGET must be a whole number", result.Error);
    }

    [Fact]
    public async Task UnknownOption_ExitsTwo()
    {
        var result = await EwrProcess.RunAsync("status", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.Error);
    }
}
