using System.Text;
using System.Text.Json;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Logging;
using EcsWinReconciler.Lambda.Runtime;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// One Lambda function as the bootstrap composes it (<see cref="InvocationHandlerFactory"/>), over a backend of a
/// <see cref="LocalAccount"/>, with its JSON logs and EMF metrics captured. Invocations go to the handler as the
/// runtime loop hands them over.
/// </summary>
internal sealed class LocalFunction : IDisposable
{
    private readonly StringWriter _buffer = new();
    private readonly ILoggerFactory _loggers;
    private readonly LocalAccount _account;

    /// <summary>
    /// Composes the function; <paramref name="instance"/> builds its environment's backend with the function's logger factory
    /// (as AwsPortsFactory does), else the account's shared backend serves it. Its ports come with their call counter and caches,
    /// as AwsPortsFactory composes them: the api-change function drops what an event says changed.
    /// </summary>
    public LocalFunction(LocalAccount account, FunctionKind kind, DeploymentRemediationMode mode = DeploymentRemediationMode.Remediate, Func<ILoggerFactory, AwsBackend>? instance = null)
    {
        _account = account;
        var output = TextWriter.Synchronized(_buffer);
        var settings = new FunctionSettings { Function = kind, Deployment = new() { RemediationMode = mode } };
        _loggers = LambdaLogging.Create(output, account.Time, LogLevel.Debug);
        var backend = instance?.Invoke(_loggers) ?? account.Backend;
        Handler = InvocationHandlerFactory.Create(settings, AwsPortsFactory.PortsOf(backend), account.Time, _loggers, output);
    }

    public IInvocationHandler Handler { get; }

    /// <summary>Everything written: JSON log lines and EMF metric lines.</summary>
    public string Output => _buffer.ToString();

    public async Task<JsonElement> InvokeAsync(string json, TimeSpan? timeLeft = null, string requestId = "8f5e2c1a-0000-4000-8000-000000000001")
    {
        var deadline = _account.Time.GetUtcNow() + (timeLeft ?? TimeSpan.FromMinutes(5));
        var invocation = new LambdaInvocation(requestId, deadline, "arn:aws:lambda:us-east-1:111122223333:function:ewr", null, Encoding.UTF8.GetBytes(json));
        var response = await Handler.HandleAsync(invocation, CancellationToken.None);
        return JsonDocument.Parse(response).RootElement.Clone();
    }

    public void Dispose()
    {
        _loggers.Dispose();
        _buffer.Dispose();
    }
}
