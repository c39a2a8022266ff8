using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// What <see cref="Ec2Actuator"/> calls. Rule edits are sent with DryRun=true in a dry run (EC2 checks the permission
/// first), so a dry run needs them too; ModifyVpcAttribute has no DryRun parameter and is not sent in a dry run.
/// </summary>
internal static class Ec2ActuatorPermissions
{
    public static AdapterIamDeclaration Declared { get; } = new(nameof(Ec2Actuator), nameof(INetworkActuator), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(Ec2Actuator.ExecuteAsync)] =
        [
            new("ec2:RevokeSecurityGroupIngress", IamResource.SecurityGroups, NeededWhen.TryingChanges),
            new("ec2:AuthorizeSecurityGroupIngress", IamResource.SecurityGroups, NeededWhen.TryingChanges),
            new("ec2:ModifyVpcAttribute", IamResource.Vpcs, NeededWhen.Changing),
        ],

        // The managed scope: the group's VPC and tags, the VPC's tags. Declared as needed always: they are read whenever
        // an action is planned, and the adapter cannot tell which deployment mode planned it.
        [nameof(Ec2Actuator.WhyOutOfScopeAsync)] =
        [
            new("ec2:DescribeSecurityGroups", IamResource.Any),
            new("ec2:DescribeVpcs", IamResource.Any),
        ],
    });
}
