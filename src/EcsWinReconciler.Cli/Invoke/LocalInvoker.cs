using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Runtime;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Cli.Invoke;

/// <summary>
/// Runs one Lambda function's handler in this process, as the runtime loop would: the function's settings are read
/// from the same EWR_* variables the deployed function gets (the handler name standing in for _HANDLER), its ports
/// are the CLI's backend as a function gets them (its AWS call count for the ApiCalls metric, its caches, the end its
/// calls keep to), and the invocation carries the event file's bytes and a deadline.
/// </summary>
internal sealed class LocalInvoker(TimeProvider time)
{
    /// <summary>The Lambda's hard limit; the function stops taking batches its stop margin before it.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(15);

    public static FunctionSettings Settings(string function, string? remediationMode, Func<string, string?> environment)
    {
        try
        {
            return FunctionSettings.Read(name => name switch
            {
                EnvironmentVariables.Handler => function,
                EnvironmentVariables.RemediationMode when remediationMode is not null => remediationMode,
                _ => environment(name),
            });
        }
        catch (ConfigurationException e)
        {
            throw new CliException(e.Message, "fix the EWR_* variables named (or --remediation-mode); they are the ones the deployed function reads", ExitCodes.Usage);
        }
    }

    public async Task<byte[]> InvokeAsync(
        FunctionSettings settings, FunctionPorts ports, ReadOnlyMemory<byte> eventBody, TimeSpan timeout, ILoggerFactory loggers, TextWriter metrics, CancellationToken cancellationToken)
    {
        var handler = InvocationHandlerFactory.Create(settings, ports, time, loggers, metrics);
        var now = time.GetUtcNow();
        var invocation = new LambdaInvocation($"ewr-local-{now:yyyyMMddTHHmmssfff}", now + timeout, null, null, eventBody);
        return await handler.HandleAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
