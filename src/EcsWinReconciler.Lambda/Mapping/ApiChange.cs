using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>An EC2 API call seen through CloudTrail: which call, whether it failed, and the resources it named.</summary>
internal sealed record ApiChange(string EventName, string? ErrorCode, EquatableArray<string> Resources)
{
    public bool Failed => !string.IsNullOrEmpty(ErrorCode);

    public IReadOnlyList<string> SecurityGroups => [.. Resources.Where(AwsIds.IsSecurityGroupId)];

    /// <summary>True when every resource named is a security group (so "no ENI uses them" means no task is affected).</summary>
    public bool OnlySecurityGroups => !Resources.IsEmpty && Resources.All(AwsIds.IsSecurityGroupId);
}
