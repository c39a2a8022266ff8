using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Runtime;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Cli.Invoke;

/// <summary>
/// Runs one Lambda function's handler in this process, as the runtime loop would: the function's settings are read
/// from the same EWR_* variables the deployed function gets (the handler name standing in for _HANDLER), its ports
/// are the CLI's backend, and the invocation carries the event file's bytes and a deadline. <c>caches</c> is what the
/// backend keeps when it outlives one invocation (the demo invokes many on one backend); a single <c>ewr invoke</c> has
/// read nothing before its function runs, so it has nothing to drop.
/// </summary>
internal sealed class LocalInvoker(TimeProvider time, ICacheInvalidation? caches = null)
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
        FunctionSettings settings, ReconcilerPorts ports, ReadOnlyMemory<byte> eventBody, TimeSpan timeout, ILoggerFactory loggers, TextWriter metrics, CancellationToken cancellationToken)
    {
        var handler = InvocationHandlerFactory.Create(settings, new FunctionPorts(ports, Caches: caches), time, loggers, metrics);
        var now = time.GetUtcNow();
        var invocation = new LambdaInvocation($"ewr-local-{now:yyyyMMddTHHmmssfff}", now + timeout, null, null, eventBody);
        return await handler.HandleAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
