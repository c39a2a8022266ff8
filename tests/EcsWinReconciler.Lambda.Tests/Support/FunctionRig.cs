using System.Text.Json;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Logging;
using EcsWinReconciler.Lambda.Runtime;
using EcsWinReconciler.TestSupport.Fakes;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Tests.Support;

/// <summary>
/// One function composed by <see cref="InvocationHandlerFactory"/> over a <see cref="ReconcilerHarness"/> (fake AWS world, in-memory
/// stores, fake clock), with its logs and metrics captured. Invocations go straight to the handler, as the runtime would.
/// </summary>
internal sealed class FunctionRig
{
    private readonly StringWriter _buffer = new();
    private readonly TextWriter _output;

    public FunctionRig(FunctionKind kind, ReconcilerHarness? harness = null, Func<FunctionSettings, FunctionSettings>? configure = null, Func<FunctionPorts, FunctionPorts>? wrapPorts = null)
    {
        _output = TextWriter.Synchronized(_buffer);
        Harness = harness ?? new ReconcilerHarness().WithIisSpec();
        var settings = new FunctionSettings { Function = kind };
        Settings = configure?.Invoke(settings) ?? settings;
        var loggers = LambdaLogging.Create(_output, Harness.Time, LogLevel.Debug);
        var ports = new HarnessPortsFactory(Harness).Create(Settings, Harness.Time, loggers);
        ports = wrapPorts?.Invoke(ports) ?? ports;
        Handler = InvocationHandlerFactory.Create(Settings, ports, Harness.Time, loggers, _output);
    }

    public ReconcilerHarness Harness { get; }

    public FunctionSettings Settings { get; }

    public IInvocationHandler Handler { get; }

    public string OutputText => _buffer.ToString();

    /// <summary>Every JSON line written (logs and metrics).</summary>
    public IReadOnlyList<JsonElement> Lines =>
        [.. OutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    public IReadOnlyList<JsonElement> Logs => [.. Lines.Where(l => !l.TryGetProperty("_aws", out _))];

    public IReadOnlyList<JsonElement> Metrics => [.. Lines.Where(l => l.TryGetProperty("_aws", out _))];

    public async Task<JsonElement> InvokeAsync(byte[] body, string requestId = "8f5e2c1a-0000-4000-8000-000000000001", TimeSpan? timeLeft = null)
    {
        var deadline = Harness.Time.GetUtcNow() + (timeLeft ?? TimeSpan.FromMinutes(5));
        var invocation = new LambdaInvocation(requestId, deadline, "arn:aws:lambda:us-east-1:111122223333:function:ewr", null, body);
        var response = await Handler.HandleAsync(invocation, CancellationToken.None);
        return JsonDocument.Parse(response).RootElement;
    }

    public Task<JsonElement> InvokeAsync(string json) => InvokeAsync(SampleEvents.Utf8(json));

    /// <summary>The one metrics line of the last invocation, as name → value.</summary>
    public IReadOnlyDictionary<string, double> LastMetrics()
    {
        var line = Metrics[^1];
        var names = line.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").EnumerateArray().Select(m => m.GetProperty("Name").GetString()!);
        return names.ToDictionary(n => n, n => line.GetProperty(n).GetDouble(), StringComparer.Ordinal);
    }
}
