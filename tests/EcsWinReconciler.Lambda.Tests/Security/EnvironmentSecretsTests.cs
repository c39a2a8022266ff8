using System.Text.Json.Nodes;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Runtime;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Lambda.Tests.Security;

/// <summary>
/// Issue 8, security: the whole process (<see cref="LambdaEntryPoint"/>) runs with the credentials Lambda puts in its
/// environment (access key, secret key, session token) and with secrets in every EWR_* value it may quote; at DEBUG,
/// through a bad configuration (init error), a handler failure and a normal invocation, nothing it writes or posts
/// holds any of them.
/// </summary>
public sealed class EnvironmentSecretsTests : IAsyncLifetime
{
    private const string Marker = "zzSECRETzz";
    private static readonly string[] Secrets = ["ASIAZQ7SECRET4KEY2ID", "zzSECRETzzwJalrXUtnFEMI/K7MDENG/bPxRfiCYzz", "IQoJb3JpZ2luX2VjzzSECRETzzToken==", Marker];

    private readonly FakeRuntimeApi _api = new();
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly StringWriter _output = new();
    private readonly ReconcilerHarness _harness = new ReconcilerHarness().WithIisSpec();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public EnvironmentSecretsTests()
    {
        _environment["AWS_LAMBDA_RUNTIME_API"] = _api.Address;
        _environment["_HANDLER"] = "task-state";
        _environment["AWS_ACCESS_KEY_ID"] = Secrets[0];
        _environment["AWS_SECRET_ACCESS_KEY"] = Secrets[1];
        _environment["AWS_SESSION_TOKEN"] = Secrets[2];
        _environment["AWS_LAMBDA_LOG_LEVEL"] = "DEBUG";
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _http.Dispose();
    }

    [Theory]
    [InlineData("EWR_REMEDIATION_MODE")]
    [InlineData("EWR_REMEDIATION_BUDGET")]
    [InlineData("EWR_STOP_MARGIN_SECONDS")]
    [InlineData("EWR_LOG_LEVEL")]
    [InlineData("_HANDLER")]
    public async Task Run_BadSettingHoldingASecret_InitErrorNamesTheVariableNotItsValue(string variable)
    {
        _environment[variable] = $"{Marker}-{Secrets[2]}";

        var exit = await RunAsync(CancellationToken.None);

        Assert.Equal(1, exit);
        var body = Assert.Single(_api.Posts("/init/error")).BodyText;
        Assert.Contains(variable, body, StringComparison.Ordinal);
        AssertNoSecret(body + _output);
    }

    [Theory]
    [InlineData("remediat", "\"remediat\"")]
    [InlineData("Remediate-Now", "a value of 13 characters (not shown)")]
    [InlineData("wJalrXUtnFEMI/K7MDENG", "a value of 21 characters (not shown)")]
    public void Shown_WrongSettingValue_QuotedOnlyWhenItLooksLikeATypo(string value, string shown) =>
        Assert.Equal(shown, SettingsReader.Shown(value));

    [Fact]
    public async Task Run_HandlerFailsAndAnEventCarriesCredentials_NeitherLogsNorPostsHoldThem()
    {
        _harness.World.Failures["DescribeTaskDefinition"] = new Core.Ports.AdapterException("ecs", "DescribeTaskDefinition", null, "ThrottlingException: Rate exceeded", isTransient: true);
        var task = JsonNode.Parse(SampleEvents.Text(SampleEvents.TaskRunning))!;
        task["detail"]!["overrides"] = JsonNode.Parse($$"""{"containerOverrides":[{"name":"iis","environment":[{"name":"AWS_SESSION_TOKEN","value":"{{Secrets[2]}}"}],"command":["curl","-H","Authorization: Bearer {{Marker}}"]}]}""");
        _api.Enqueue("req-1", task.ToJsonString(), _harness.Time.GetUtcNow().AddMinutes(1));
        _api.Enqueue("req-2", "{\"detail\":{\"token\":\"" + Secrets[1], _harness.Time.GetUtcNow().AddMinutes(1));
        using var shutdown = new CancellationTokenSource();
        _api.PostOverride = r =>
        {
            if (r.Path.Contains("req-2", StringComparison.Ordinal))
            {
                shutdown.Cancel();
            }

            return null;
        };

        await RunAsync(shutdown.Token);

        Assert.Contains("\"level\":\"ERROR\"", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, _api.Requests.Count(r => r.Method == "POST"));
        AssertNoSecret(_output + string.Concat(_api.Requests.Select(r => r.BodyText)));
    }

    private static void AssertNoSecret(string text) =>
        Assert.All(Secrets, secret => Assert.False(text.Contains(secret, StringComparison.Ordinal), $"the output holds \"{secret}\""));

    private Task<int> RunAsync(CancellationToken cancellationToken) =>
        LambdaEntryPoint.RunAsync(
            name => _environment.GetValueOrDefault(name), new HarnessPortsFactory(_harness), _http, TextWriter.Synchronized(_output), _harness.Time, cancellationToken,
            new LambdaRuntimeOptions { SetEnvironmentVariable = (_, _) => { } });
}
