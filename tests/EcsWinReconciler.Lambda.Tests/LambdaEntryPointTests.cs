using System.Text.Json;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Runtime;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Lambda.Tests;

public sealed class LambdaEntryPointTests : IAsyncLifetime
{
    private readonly FakeRuntimeApi _api = new();
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly StringWriter _output = new();
    private readonly ReconcilerHarness _harness = new ReconcilerHarness().WithIisSpec();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public LambdaEntryPointTests()
    {
        _environment["AWS_LAMBDA_RUNTIME_API"] = _api.Address;
        _environment["_HANDLER"] = "task-state";
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task Run_TaskStateEvent_IsAnsweredThroughTheRuntimeApi()
    {
        _harness.World.OpenRdpToTheWorld();
        _api.Enqueue("req-e2e", SampleEvents.Text(SampleEvents.TaskRunning), _harness.Time.GetUtcNow().AddMinutes(1));
        using var shutdown = new CancellationTokenSource();
        _api.PostOverride = r =>
        {
            shutdown.Cancel();
            return null;
        };

        var exit = await RunAsync(new HarnessPortsFactory(_harness), shutdown.Token);

        Assert.Equal(0, exit);
        var post = Assert.Single(_api.Posts("/response"));
        Assert.Equal("/2018-06-01/runtime/invocation/req-e2e/response", post.Path);
        using var response = JsonDocument.Parse(post.BodyText);
        Assert.Equal("task-state", response.RootElement.GetProperty("function").GetString());
        Assert.True(response.RootElement.GetProperty("alertsOpened").GetInt32() >= 1);
        Assert.Contains("\"Function\":\"task-state\"", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MalformedEvent_IsAnsweredAsRejectedNotAsAnError()
    {
        _api.Enqueue("req-bad", "{ this is not an event", _harness.Time.GetUtcNow().AddMinutes(1));
        _api.Enqueue("req-good", SampleEvents.Text(SampleEvents.TaskRunning), _harness.Time.GetUtcNow().AddMinutes(1));
        using var shutdown = new CancellationTokenSource();
        _api.PostOverride = r =>
        {
            if (r.Path.Contains("req-good", StringComparison.Ordinal))
            {
                shutdown.Cancel();
            }

            return null;
        };

        await RunAsync(new HarnessPortsFactory(_harness), shutdown.Token);

        Assert.Empty(_api.Posts("/error"));
        var rejected = _api.Posts("/response").Single(p => p.Path.Contains("req-bad", StringComparison.Ordinal));
        using var body = JsonDocument.Parse(rejected.BodyText);
        Assert.Equal("rejected", body.RootElement.GetProperty("status").GetString());
        Assert.Contains(_api.Posts("/response"), p => p.Path.Contains("req-good", StringComparison.Ordinal));
        Assert.Contains("\"RejectedEvents\":1", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownHandler_PostsAnInitErrorAndExits()
    {
        _environment["_HANDLER"] = "main";

        var exit = await RunAsync(new HarnessPortsFactory(_harness), CancellationToken.None);

        Assert.Equal(1, exit);
        var post = Assert.Single(_api.Posts("/init/error"));
        Assert.Equal(typeof(ConfigurationException).FullName, post.Header("Lambda-Runtime-Function-Error-Type"));
        Assert.Contains("_HANDLER must be one of", post.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.Requests, r => r.Method == "GET");
    }

    [Fact]
    public async Task Run_AwsPortsWithoutTables_PostsAnInitErrorNamingTheVariables()
    {
        var exit = await RunAsync(new AwsPortsFactory(), CancellationToken.None);

        Assert.Equal(1, exit);
        var body = Assert.Single(_api.Posts("/init/error")).BodyText;
        Assert.Contains("EWR_SPECS_TABLE is not set", body, StringComparison.Ordinal);
        Assert.Contains("EWR_ALERT_TOPIC_ARN is not set", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PortsFactoryPassesTheSettings()
    {
        _environment["EWR_REMEDIATION_MODE"] = "dry-run";
        _environment["EWR_CLUSTERS"] = "win-prod";
        var factory = new HarnessPortsFactory(_harness);
        using var shutdown = new CancellationTokenSource();
        await shutdown.CancelAsync();

        await RunAsync(factory, shutdown.Token);

        Assert.Equal(DeploymentRemediationMode.DryRun, factory.Received!.Deployment.RemediationMode);
        Assert.Equal(["win-prod"], factory.Received.Deployment.Clusters);
    }

    [Fact]
    public async Task Run_OutsideLambda_ExitsWithoutCallingAnything()
    {
        _environment.Remove("AWS_LAMBDA_RUNTIME_API");

        var exit = await RunAsync(new HarnessPortsFactory(_harness), CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("\"level\":\"FATAL\"", _output.ToString(), StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Run_RuntimeApiBroken_ExitsWithCode3()
    {
        _api.EnqueueRaw(new StubResponse(200, "{}", "application/json"));

        var exit = await RunAsync(new HarnessPortsFactory(_harness), CancellationToken.None);

        Assert.Equal(3, exit);
        Assert.Contains("\"eventId\":3102", _output.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(IPortsFactory factory, CancellationToken cancellationToken) =>
        LambdaEntryPoint.RunAsync(
            name => _environment.GetValueOrDefault(name), factory, _http, TextWriter.Synchronized(_output), _harness.Time, cancellationToken,
            new LambdaRuntimeOptions { SetEnvironmentVariable = (_, _) => { } });
}
