using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Functions;
using EcsWinReconciler.Lambda.Metrics;
using EcsWinReconciler.Lambda.Runtime;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// Composes the function <see cref="FunctionSettings.Function"/> names over the given ports: the stack-wide
/// remediation mode on top of the specs, the reconciler, and the invocation handler the runtime loop calls.
/// </summary>
public static class InvocationHandlerFactory
{
    /// <summary>
    /// Tasks per batch when a function reconciles whole selections: one DescribeNetworkInterfaces takes 200 ids
    /// (Ec2Paging.IdsPerCall), so a batch of 200 halves those calls; DescribeTasks still goes 100 at a time (ECS's
    /// limit, EcsBatching). The batch is all in memory at once, a few hundred KB.
    /// </summary>
    public const int SelectionBatchSize = 200;

    public static IInvocationHandler Create(FunctionSettings settings, FunctionPorts ports, TimeProvider time, ILoggerFactory loggerFactory, TextWriter metricsOutput)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var reconcilerPorts = ports.Ports;
        var deployment = settings.Deployment;
        var options = new ReconcilerOptions
        {
            ForceAlertOnly = deployment.RemediationMode == DeploymentRemediationMode.Alert,
            ForceDryRun = deployment.RemediationMode == DeploymentRemediationMode.DryRun,
            BatchSize = SelectionBatchSize,
            RolloutStuckAfter = deployment.RolloutStuckAfter,
        };
        var reconciler = new Reconciler(reconcilerPorts, options, time, loggerFactory.CreateLogger<Reconciler>());
        var logger = loggerFactory.CreateLogger("EcsWinReconciler.Lambda." + settings.FunctionName);
        ILambdaFunction function = settings.Function switch
        {
            FunctionKind.TaskState => new TaskStateFunction(reconciler, deployment, logger),
            FunctionKind.ApiChange => new ApiChangeFunction(reconciler, reconcilerPorts.Network, deployment, logger, ports.Caches),
            FunctionKind.Resync => new ResyncFunction(reconciler, deployment, logger),
            FunctionKind.SpecChange => new SpecChangeFunction(reconciler, deployment, logger, ports.Caches),
            _ => throw new ConfigurationException($"no function for {settings.Function}"),
        };
        return new FunctionInvocationHandler(function, settings, ports.ApiCalls, new EmfMetricsWriter(metricsOutput, settings.FunctionName), time, logger);
    }
}
