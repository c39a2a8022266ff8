using System.Text.Json;
using EcsWinReconciler.Aws.Configuration.Deadlines;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Metrics;
using EcsWinReconciler.Lambda.Runtime;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>
/// Runs one function per invocation inside a log scope, logs and meters its outcome (EMF), and answers with a
/// small JSON summary. A malformed event is logged (its size and the problem, never its content), counted and
/// answered as rejected — a success for Lambda, so async retries do not loop on it.
/// </summary>
internal sealed class FunctionInvocationHandler(
    ILambdaFunction function,
    FunctionSettings settings,
    IApiCallCounter? apiCalls,
    EmfMetricsWriter metrics,
    TimeProvider time,
    ILogger logger) : IInvocationHandler
{
    /// <summary>
    /// The AWS calls of an invocation end this long before its deadline: the runtime cancels the invocation 2 s before it
    /// (<see cref="Runtime.LambdaRuntimeOptions.DeadlineMargin"/>), and the last second is for logging, metering and answering.
    /// </summary>
    public static readonly TimeSpan CallsEndBeforeDeadline = TimeSpan.FromSeconds(3);

    /// <summary>Where the invocation's end is put for the adapters' AWS calls (null: the ports make none, e.g. the fakes).</summary>
    public CallDeadline? Deadline { get; init; }

    public async Task<byte[]> HandleAsync(LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var name = settings.FunctionName;
        using var scope = logger.BeginScope(new KeyValuePair<string, object?>[] { new("function", name) });
        var started = time.GetTimestamp();
        var callsBefore = apiCalls?.Total;
        var context = new InvocationContext(invocation.RequestId, invocation.Deadline, invocation.Deadline - settings.StopMargin);

        FunctionOutcome outcome;
        using (Deadline?.Until(invocation.Deadline - CallsEndBeforeDeadline))
        {
            outcome = await function.HandleAsync(invocation.Body, context, cancellationToken).ConfigureAwait(false);
        }

        var elapsed = time.GetElapsedTime(started);
        Log(name, invocation, outcome, elapsed);
        var now = time.GetUtcNow();
        foreach (var (dimensions, value) in RunMetrics.FindingsByCheck(outcome))
        {
            metrics.Publish(now, [value], dimensions);
        }

        // The invocation's own line comes last, so a reader of the last line gets the run's totals.
        metrics.Publish(now, RunMetrics.From(outcome, elapsed, apiCalls?.Total - callsBefore));

        return JsonSerializer.SerializeToUtf8Bytes(FunctionResponse.From(name, outcome), FunctionJsonContext.Default.FunctionResponse);
    }

    private void Log(string name, LambdaInvocation invocation, FunctionOutcome outcome, TimeSpan elapsed)
    {
        var summary = outcome.Summary;
        switch (outcome.Status)
        {
            case OutcomeStatus.Rejected:
                FunctionLog.Rejected(logger, name, invocation.Body.Length, outcome.Reason ?? "malformed");
                break;
            case OutcomeStatus.Ignored:
                FunctionLog.Ignored(logger, name, outcome.Reason ?? "nothing to do");
                break;
            default:
                FunctionLog.Completed(logger, name, "reconciled", summary.TasksSeen, summary.Findings, summary.ActionsApplied, summary.ActionsDryRun,
                    summary.AlertsOpened, summary.AlertsResolved, summary.Failed, summary.Remaining.Count, (long)elapsed.TotalMilliseconds);
                break;
        }
    }
}
