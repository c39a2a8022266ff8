using System.Text.RegularExpressions;

namespace EcsWinReconciler.Core.Networking;

/// <summary>Shape checks for EC2 and ECS identifiers (8 or 17 lowercase hex digits after the prefix).</summary>
public static partial class AwsIds
{
    /// <summary>The shapes below as regex text, so the spec's JSON Schema states exactly what the checks accept.</summary>
    public const string SecurityGroupIdPattern = "^sg-([0-9a-f]{8}|[0-9a-f]{17})$";
    public const string SubnetIdPattern = "^subnet-([0-9a-f]{8}|[0-9a-f]{17})$";
    public const string PrefixListIdPattern = "^pl-([0-9a-f]{8}|[0-9a-f]{17})$";
    public const string EcsNamePattern = "^[A-Za-z0-9_-]{1,255}$";

    public static bool IsSecurityGroupId(string? id) => id is not null && SecurityGroup().IsMatch(id);

    public static bool IsSubnetId(string? id) => id is not null && Subnet().IsMatch(id);

    public static bool IsVpcId(string? id) => id is not null && Vpc().IsMatch(id);

    public static bool IsPrefixListId(string? id) => id is not null && PrefixList().IsMatch(id);

    public static bool IsNetworkInterfaceId(string? id) => id is not null && NetworkInterface().IsMatch(id);

    /// <summary>ECS cluster and task-definition family names: letters, digits, '-' and '_', up to 255.</summary>
    public static bool IsEcsName(string? name) => name is not null && EcsName().IsMatch(name);

    /// <summary>The name part of a cluster ARN (<c>arn:aws:ecs:r:a:cluster/NAME</c>), or the input when it is a name.</summary>
    public static string ClusterName(string clusterArnOrName)
    {
        var slash = clusterArnOrName.LastIndexOf('/');
        return clusterArnOrName.StartsWith("arn:", StringComparison.Ordinal) && slash >= 0
            ? clusterArnOrName[(slash + 1)..]
            : clusterArnOrName;
    }

    /// <summary>The task id: the last path segment of a task ARN (both the old and the new ARN formats).</summary>
    public static string TaskId(string taskArn)
    {
        var slash = taskArn.LastIndexOf('/');
        return slash >= 0 ? taskArn[(slash + 1)..] : taskArn;
    }

    [GeneratedRegex(SecurityGroupIdPattern)]
    private static partial Regex SecurityGroup();

    [GeneratedRegex(SubnetIdPattern)]
    private static partial Regex Subnet();

    [GeneratedRegex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex Vpc();

    [GeneratedRegex(PrefixListIdPattern)]
    private static partial Regex PrefixList();

    [GeneratedRegex("^eni-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex NetworkInterface();

    [GeneratedRegex(EcsNamePattern)]
    private static partial Regex EcsName();
}
