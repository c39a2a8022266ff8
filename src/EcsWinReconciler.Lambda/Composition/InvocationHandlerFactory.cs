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
    /// Tasks per batch when a function reconciles whole selections. A batch reads its ENIs in one go, by id (200 per call)
    /// or, when its tasks share hosts, as every ENI on those hosts (1,000 per page, EniReadPlan): a batch of 1,000 tasks on
    /// 13-task hosts costs two pages where by id it would cost five calls, and the same pages give the hosts' ENI counts.
    /// DescribeTasks still goes 100 at a time (ECS's limit, EcsBatching), for the tasks that need it. The batch is all in
    /// memory at once, about 2 MB; the sweep checks its deadline between batches (a batch of a known fleet takes a few
    /// hundred milliseconds here, a first one about a second and a half: one status write per task).
    /// </summary>
    public const int SelectionBatchSize = 1000;

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
        var places = new PlaceReconcilers(reconciler, ports.Places, memberPorts => new Reconciler(memberPorts, options, time, loggerFactory.CreateLogger<Reconciler>()));
        var logger = loggerFactory.CreateLogger("EcsWinReconciler.Lambda." + settings.FunctionName);
        ILambdaFunction function = settings.Function switch
        {
            FunctionKind.TaskState => new TaskStateFunction(places, deployment, logger),
            FunctionKind.ApiChange => new ApiChangeFunction(places, deployment, logger, ports.Caches),
            FunctionKind.Resync => new ResyncFunction(places, deployment, time, logger),
            FunctionKind.SpecChange => new SpecChangeFunction(places, deployment, logger, ports.Caches),
            _ => throw new ConfigurationException($"no function for {settings.Function}"),
        };
        return new FunctionInvocationHandler(function, settings, ports.ApiCalls, new EmfMetricsWriter(metricsOutput, settings.FunctionName), time, logger)
        {
            Deadline = ports.Deadline,
        };
    }
}
