using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// Which EC2 error codes are expected outcomes of an action rather than failures (docs/FACTS.md §4.3, §4.5). Pure: the
/// actuator asks with the code of the translated exception; null means "not expected, let it propagate".
/// </summary>
internal static class Ec2ActionOutcomes
{
    public static ActionOutcome? FromErrorCode(RemediationAction action, string? errorCode, string operation) =>
        (action, errorCode) switch
        {
            (_, Ec2ErrorCodes.DryRunOperation) => ActionOutcome.WouldApply($"dry-run: EC2 says {operation} would have succeeded"),
            (_, Ec2ErrorCodes.UnauthorizedOperation) => ActionOutcome.Failed(
                $"permission missing: the reconciler's role may not call ec2:{operation} on this resource (EC2 answered UnauthorizedOperation)"),
            (RevokeIngressRule r, Ec2ErrorCodes.RuleIdNotFound or Ec2ErrorCodes.PermissionNotFound) =>
                ActionOutcome.AlreadyDone($"rule {r.RuleId} is no longer on {r.GroupId}"),
            (AuthorizeIngressRule a, Ec2ErrorCodes.PermissionDuplicate) =>
                ActionOutcome.AlreadyDone($"{a.GroupId} already has {a.Permission}"),
            (RevokeIngressRule or AuthorizeIngressRule, Ec2ErrorCodes.GroupNotFound) =>
                ActionOutcome.ResourceGone($"security group {GroupOf(action)} no longer exists"),
            (EnableVpcAttribute v, Ec2ErrorCodes.VpcNotFound) => ActionOutcome.ResourceGone($"VPC {v.VpcId} no longer exists"),
            _ => null,
        };

    private static string GroupOf(RemediationAction action) => action switch
    {
        RevokeIngressRule r => r.GroupId,
        AuthorizeIngressRule a => a.GroupId,
        _ => "?",
    };
}
