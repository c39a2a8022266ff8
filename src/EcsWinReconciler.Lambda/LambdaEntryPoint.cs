using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Logging;
using EcsWinReconciler.Lambda.Runtime;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda;

/// <summary>
/// The process: logging first, then the configuration and the ports (a failure there is posted as an init error),
/// then the runtime loop until shutdown. Exit codes: 0 shutdown, 1 init error, 2 not in Lambda, 3 Runtime API broken.
/// </summary>
public static class LambdaEntryPoint
{
    public static async Task<int> RunAsync(
        Func<string, string?> environment,
        IPortsFactory portsFactory,
        HttpClient http,
        TextWriter output,
        TimeProvider time,
        CancellationToken cancellationToken,
        LambdaRuntimeOptions? runtimeOptions = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(portsFactory);
        var level = LambdaLogging.ParseLevel(environment(EnvironmentVariables.LogLevel) ?? environment(EnvironmentVariables.LambdaLogLevel)) ?? LogLevel.Information;
        using var loggerFactory = LambdaLogging.Create(output, time, level);
        var logger = loggerFactory.CreateLogger(typeof(LambdaEntryPoint).FullName!);
        if (environment(RuntimeHeaders.RuntimeApiVariable) is not { Length: > 0 } runtimeApi)
        {
            EntryLog.NotInLambda(logger, RuntimeHeaders.RuntimeApiVariable);
            return 2;
        }

        var runtime = new LambdaRuntime(http, runtimeApi, time, loggerFactory.CreateLogger<LambdaRuntime>(), runtimeOptions);
        IInvocationHandler handler;
        try
        {
            var settings = FunctionSettings.Read(environment);
            var ports = portsFactory.Create(settings, time, loggerFactory);
            handler = InvocationHandlerFactory.Create(settings, ports, time, loggerFactory, output);
            EntryLog.Ready(logger, settings.FunctionName, settings.Deployment.RemediationMode.ToString());
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await runtime.ReportInitErrorAsync(ex, cancellationToken).ConfigureAwait(false);
            return 1;
        }

        try
        {
            await runtime.RunAsync(handler, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (ex is RuntimeApiException or HttpRequestException)
        {
            EntryLog.RuntimeApiBroken(logger, ex);
            return 3;
        }
    }
}
