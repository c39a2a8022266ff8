using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Aws.Members;

/// <summary>Log events of the member role's credentials. Event ids 3500–3599 belong to this folder.</summary>
internal static partial class MemberLog
{
    [LoggerMessage(EventId = 3501, Level = LogLevel.Information, Message = "Assumed {RoleArn} for member {Member}; held until {RefreshAt:O}")]
    public static partial void Assumed(ILogger logger, string roleArn, string member, DateTimeOffset refreshAt);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Warning, Message = "Could not assume {RoleArn} for member {Member}: {Reason}")]
    public static partial void NotAssumed(ILogger logger, string roleArn, string member, string reason);
}
