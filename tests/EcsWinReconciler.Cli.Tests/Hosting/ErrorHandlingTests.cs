using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Tests.Hosting;

/// <summary>Exit codes and messages when things go wrong: usage, AWS, cancellation, bugs.</summary>
public sealed class ErrorHandlingTests
{
    [Fact]
    public async Task CommonOptions_ReachTheBackendFactory()
    {
        using var cli = new CliRunner();

        await cli.RunAsync("reconcile", "--cluster", "win-prod", "--profile", "prod", "--region", "eu-west-1", "--endpoint-url", "http://127.0.0.1:4566",
            "--specs-table", "ewr-SpecsTable-1", "--state-table", "ewr-StateTable-1", "--topic-arn", "arn:aws:sns:eu-west-1:111122223333:ewr-alerts");

        var expected = new BackendOptions("prod", "eu-west-1", new Uri("http://127.0.0.1:4566"), false)
        {
            SpecsTable = "ewr-SpecsTable-1",
            StateTable = "ewr-StateTable-1",
            AlertTopicArn = "arn:aws:sns:eu-west-1:111122223333:ewr-alerts",
            ConnectTimeout = TimeSpan.FromSeconds(5),
            ReadTimeout = TimeSpan.FromSeconds(30),
        };
        Assert.Equal(expected, cli.Backends.LastOptions);
    }

    [Fact]
    public async Task EndpointUrl_NotHttp_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("status", "--endpoint-url", "localhost:4566");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--endpoint-url 'localhost:4566' is not an http(s) URL; give one like http://127.0.0.1:4566", result.Error);
        Assert.Equal(0, cli.Backends.Created);
    }

    [Fact]
    public async Task UnknownCommand_IsAUsageErrorWithAPointerToHelp()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("spec", "aply");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 'aply' is not a command of 'ewr spec'\nhint: did you mean 'ewr spec apply'? ('ewr spec --help' lists what it takes)\n", result.Error);
    }

    [Fact]
    public async Task Help_ExitsZeroAndListsTheCommands()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.All(new[] { "spec", "status", "alerts", "reconcile", "lint" }, c => Assert.Contains($"  {c} ", result.Out));
    }

    [Fact]
    public async Task MissingCredentials_ExitThreeAndSayHowToSetAProfileOrTheSandboxEndpoint()
    {
        using var cli = new CliRunner();
        var failure = new AdapterException("dynamodb", "ListSpecs", "Specs", "AmazonClientException: Failed to resolve AWS credentials",
            isTransient: true, innerException: new InvalidOperationException("Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors"));
        cli.Backends.Ports = cli.Harness.Ports with { Specs = new FailingSpecStore(failure) };

        var result = await cli.RunAsync("spec", "list");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error: DynamoDB ListSpecs (Specs) failed: Failed to resolve AWS credentials", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.Contains("--profile NAME", result.Error);
        Assert.Contains("--endpoint-url http://127.0.0.1:PORT", result.Error);
    }

    [Fact]
    public async Task AccessDenied_ExitsThreeAndNamesTheOperation()
    {
        using var cli = new CliRunner();
        cli.Backends.Ports = cli.Harness.Ports with { Specs = new FailingSpecStore(new AdapterException("dynamodb", "ListSpecs", "Specs", "AccessDeniedException: no", errorCode: "AccessDeniedException")) };

        var result = await cli.RunAsync("status");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("may not call ListSpecs", result.Error);
    }

    [Fact]
    public async Task SdkExceptionNoAdapterTranslated_ExitsThreeWithAHint()
    {
        using var cli = new CliRunner();
        cli.Backends.Ports = cli.Harness.Ports with { Specs = new FailingSpecStore(new Amazon.Runtime.AmazonClientException("Failed to resolve AWS credentials.\nmore")) };

        var result = await cli.RunAsync("spec", "list");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error: AWS request failed: Failed to resolve AWS credentials.", result.Error);
        Assert.Contains("--profile NAME", result.Error);
    }

    [Fact]
    public async Task UnexpectedException_ExitsFourAndShowsTheTraceOnlyWhenVerbose()
    {
        using var cli = new CliRunner();
        cli.Backends.Ports = cli.Harness.Ports with { Specs = new FailingSpecStore(new InvalidOperationException("boom")) };

        var quiet = await cli.RunAsync("spec", "list");
        var verbose = await cli.RunAsync("spec", "list", "-v");

        Assert.Equal(4, quiet.ExitCode);
        Assert.Contains("error: unexpected failure: boom", quiet.Error);
        Assert.DoesNotContain("   at ", quiet.Error);
        Assert.Contains("   at ", verbose.Error);
    }

    [Fact]
    public async Task Cancellation_Exits130()
    {
        using var cli = new CliRunner();
        cli.Backends.Ports = cli.Harness.Ports with { Specs = new FailingSpecStore(new OperationCanceledException()) };

        var result = await cli.RunAsync("spec", "list");

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("error: cancelled", result.Error);
    }

    private sealed class FailingSpecStore(Exception failure) : ISpecStore
    {
        public Task<IReadOnlyList<StoredSpec>> ListAsync(CancellationToken cancellationToken) => throw failure;

        public Task<StoredSpec?> GetAsync(string name, CancellationToken cancellationToken) => throw failure;

        public Task<SpecApplyResult> ApplyAsync(TaskNetworkSpec spec, string document, long? expectedGeneration, CancellationToken cancellationToken) => throw failure;

        public Task<bool> DeleteAsync(string name, long? expectedGeneration, CancellationToken cancellationToken) => throw failure;
    }
}
