namespace EcsWinReconciler.Aws.Ec2;

/// <summary>EC2 error codes the adapters act on (docs/FACTS.md §4.5).</summary>
internal static class Ec2ErrorCodes
{
    public const string DryRunOperation = "DryRunOperation";
    public const string UnauthorizedOperation = "UnauthorizedOperation";
    public const string RequestLimitExceeded = "RequestLimitExceeded";
    public const string NetworkInterfaceNotFound = "InvalidNetworkInterfaceID.NotFound";
    public const string GroupNotFound = "InvalidGroup.NotFound";
    public const string PermissionNotFound = "InvalidPermission.NotFound";
    public const string PermissionDuplicate = "InvalidPermission.Duplicate";
    public const string RuleIdNotFound = "InvalidSecurityGroupRuleId.NotFound";
    public const string InstanceNotFound = "InvalidInstanceID.NotFound";
    public const string VpcNotFound = "InvalidVpcID.NotFound";
}
