using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>The functions' log lines (event ids 4000–4099): no event bodies, no secrets.</summary>
internal static partial class FunctionLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "Rejected a malformed {Function} event of {BodyBytes} byte(s): {Problem}")]
    public static partial void Rejected(ILogger logger, string function, int bodyBytes, string problem);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "{Function} {Status}: {Tasks} task(s), {Findings} finding(s), {Applied} action(s) applied, {DryRun} dry-run, {Opened} alert(s) opened, {Resolved} resolved, {Failed} failed, {Remaining} left, in {DurationMs} ms")]
    public static partial void Completed(ILogger logger, string function, string status, int tasks, int findings, int applied, int dryRun, int opened, int resolved, int failed, int remaining, long durationMs);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "{Function} ignored the event: {Reason}")]
    public static partial void Ignored(ILogger logger, string function, string reason);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Task {LastStatus} (desired {DesiredStatus}), version {Version}, launch type {LaunchType}")]
    public static partial void TaskEvent(ILogger logger, string lastStatus, string desiredStatus, long version, string launchType);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "{EventName} succeeded on {Resources}; reconciling every selection of the specs")]
    public static partial void ApiChange(ILogger logger, string eventName, string resources);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Information, Message = "{EventName} failed with {ErrorCode}; nothing changed, nothing to reconcile")]
    public static partial void ApiCallFailed(ILogger logger, string eventName, string errorCode);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Warning, Message = "Could not count the network interfaces using {Groups}; reconciling anyway")]
    public static partial void GroupUseUnknown(ILogger logger, string groups, Exception exception);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Information, Message = "Resync of {Selections} selection(s), stopping by {StopBy}")]
    public static partial void Resync(ILogger logger, int selections, DateTimeOffset stopBy);

    [LoggerMessage(EventId = 4031, Level = LogLevel.Warning, Message = "Stopped at the deadline with {Count} task(s) or selection(s) left for the next run, e.g. {Sample}")]
    public static partial void LeftOver(ILogger logger, int count, string sample);

    [LoggerMessage(EventId = 4032, Level = LogLevel.Information, Message = "Resync of account {Account}, region {Region}: {Selections} selection(s), until {StopBy:O}")]
    public static partial void ResyncPlace(ILogger logger, string account, string region, int selections, DateTimeOffset stopBy);

    [LoggerMessage(EventId = 4033, Level = LogLevel.Error, Message = "Account {Account}, region {Region} could not be reconciled; the other places were: {Problem}")]
    public static partial void PlaceFailed(ILogger logger, string account, string region, string problem, Exception? exception);

    [LoggerMessage(EventId = 4040, Level = LogLevel.Information, Message = "Spec {Spec} {EventName}: selector {OldSelector} → {NewSelector}")]
    public static partial void SpecChanged(ILogger logger, string spec, string eventName, string oldSelector, string newSelector);

    [LoggerMessage(EventId = 4041, Level = LogLevel.Warning, Message = "Spec {Spec}: a stream image has no readable selector; reconciling every selection instead")]
    public static partial void SpecImageUnreadable(ILogger logger, string spec);

    [LoggerMessage(EventId = 4042, Level = LogLevel.Warning, Message = "Rejected {Count} stream record(s): {Problems}")]
    public static partial void RecordsRejected(ILogger logger, int count, string problems);

    [LoggerMessage(EventId = 4050, Level = LogLevel.Information, Message = "Cluster {Cluster} is not among the stack's clusters; left alone")]
    public static partial void ClusterOutOfScope(ILogger logger, string cluster);

    [LoggerMessage(EventId = 4060, Level = LogLevel.Warning, Message = "Re-check message {MessageId} is not one of ours ({Problem}); dropped")]
    public static partial void RecheckMessageRejected(ILogger logger, string messageId, string problem);

    [LoggerMessage(EventId = 4061, Level = LogLevel.Warning, Message = "Re-check message {MessageId} failed; SQS delivers it again")]
    public static partial void RecheckFailed(ILogger logger, string messageId, Exception? exception);
}
