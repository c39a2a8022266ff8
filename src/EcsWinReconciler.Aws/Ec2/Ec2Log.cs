using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>Log events of the EC2 adapters. Event ids 3200–3299 belong to this folder.</summary>
internal static partial class Ec2Log
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Debug,
        Message = "{GoneCount} of {RequestedCount} ENIs no longer exist (InvalidNetworkInterfaceID.NotFound); re-read the rest by filter")]
    public static partial void EnisGone(ILogger logger, int goneCount, int requestedCount);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information,
        Message = "EC2 action {ActionKey} (dry run: {DryRun}) ended {Result}: {Detail}")]
    public static partial void ActionEnded(ILogger logger, string actionKey, bool dryRun, string result, string detail);
}
