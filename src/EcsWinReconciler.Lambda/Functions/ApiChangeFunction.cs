using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Mapping;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>
/// api-change: an out-of-band EC2 edit (security-group rules, VPC DNS attributes, DHCP options, ENI attributes).
/// Which tasks it reaches is not in the event, and no reverse index (group → tasks) exists, so it reconciles every
/// selection of the specs — correct, because the reconciler observes afresh, and bounded by the deadline (as one more
/// run of the resync's sweep: it continues where the last run stopped, and the next run continues after it). One cheap
/// narrowing: a security group no network interface uses reaches no task, so that edit is ignored.
/// A failed call (errorCode set) changed nothing and is ignored.
/// </summary>
internal sealed class ApiChangeFunction(PlaceReconcilers places, DeploymentSettings deployment, ILogger logger, ICacheInvalidation? caches = null)
    : ILambdaFunction
{
    public async Task<FunctionOutcome> HandleAsync(ReadOnlyMemory<byte> body, InvocationContext context, CancellationToken cancellationToken)
    {
        var envelope = EventJson.Read(body, EventJsonContext.Default.EventBridgeEventCloudTrailDetail, "CloudTrail API call event");
        if (!envelope.IsOk)
        {
            return FunctionOutcome.Rejected(envelope.Problem);
        }

        var parsed = ApiChangeMapping.ToApiChange(envelope.Value);
        if (!parsed.IsOk)
        {
            return FunctionOutcome.Rejected(parsed.Problem);
        }

        var change = parsed.Value;
        var subject = change.Resources.IsEmpty ? change.EventName : $"{change.EventName} {string.Join(",", change.Resources)}";
        if (change.Failed)
        {
            FunctionLog.ApiCallFailed(logger, change.EventName, change.ErrorCode!);
            return FunctionOutcome.Ignored($"{change.EventName} failed ({change.ErrorCode}); nothing changed", subject);
        }

        if (!WatchedApiCalls.All.Contains(change.EventName, StringComparer.Ordinal))
        {
            return FunctionOutcome.Ignored($"{change.EventName} is not a watched call", subject);
        }

        // A member's call (forwarded from its account) is reconciled in its place, with that place's kept reads dropped.
        var place = envelope.Value is { Account: { Length: > 0 } account, Region: { Length: > 0 } region } ? new AccountRegion(account, region) : null;
        var (reconciler, member, ignored) = await places.RouteAsync(place, cancellationToken).ConfigureAwait(false);
        if (reconciler is null)
        {
            return FunctionOutcome.Ignored(ignored!, subject);
        }

        // The call changed these resources: drop warm cached reads so this reconcile sees the change, not the cache.
        (member is null ? caches : places.CachesOf(member))?.ForgetResources(change.Resources);
        if (await ReachesNoTaskAsync(reconciler.Ports.Network, change, cancellationToken).ConfigureAwait(false))
        {
            return FunctionOutcome.Ignored($"no network interface uses {string.Join(", ", change.SecurityGroups)}", subject);
        }

        FunctionLog.ApiChange(logger, change.EventName, change.Resources.IsEmpty ? "(no resource named)" : string.Join(", ", change.Resources));
        var selections = member is null
            ? await StackSelections.AllAsync(reconciler, deployment, logger, cancellationToken).ConfigureAwait(false)
            : await reconciler.SelectionsOfAllSpecsAsync(cancellationToken).ConfigureAwait(false);
        var summary = await StackSelections.ReconcileAsync(reconciler, selections, context.StopBy, Reconciler.AllSelectionsSweep, logger, cancellationToken).ConfigureAwait(false);
        return FunctionOutcome.Reconciled(summary, subject);
    }

    private async Task<bool> ReachesNoTaskAsync(INetworkObserver network, ApiChange change, CancellationToken cancellationToken)
    {
        if (!change.OnlySecurityGroups)
        {
            return false;
        }

        try
        {
            var counts = await network.CountEnisByGroupAsync(change.SecurityGroups.ToList(), cancellationToken).ConfigureAwait(false);
            return change.SecurityGroups.All(g => counts.GetValueOrDefault(g) == 0);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            FunctionLog.GroupUseUnknown(logger, string.Join(", ", change.SecurityGroups), ex);
            return false;
        }
    }
}
