using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Scope;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// Whether a rule edit's group or a VPC attribute's VPC is the reconciler's to change (<see cref="ManagedScope"/>), read
/// afresh with one describe so a tag added a minute ago counts at once. A target that no longer exists is left to the
/// action, which reports it gone.
/// </summary>
internal sealed class Ec2ScopeCheck(IAmazonEC2 ec2, ManagedScope scope)
{
    public async Task<string?> GroupAsync(string groupId, CancellationToken cancellationToken)
    {
        var request = new DescribeSecurityGroupsRequest { GroupIds = [groupId] };
        var group = await Ec2Call.RunAsync("DescribeSecurityGroups", groupId, async ct =>
        {
            try
            {
                return (await ec2.DescribeSecurityGroupsAsync(request, ct).ConfigureAwait(false)).SecurityGroups?.FirstOrDefault();
            }
            catch (AmazonEC2Exception error) when (error.ErrorCode == Ec2ErrorCodes.GroupNotFound)
            {
                return null;
            }
        }, cancellationToken).ConfigureAwait(false);
        return group is null || ManagedScope.IsTagged(Map(group.Tags)) || scope.ListsVpc(group.VpcId ?? string.Empty)
            ? null
            : $"{groupId} is not tagged {scope.Tag} and its VPC {group.VpcId} is not listed (VpcArns)";
    }

    public async Task<string?> VpcAsync(string vpcId, CancellationToken cancellationToken)
    {
        if (scope.ListsVpc(vpcId))
        {
            return null;
        }

        var request = new DescribeVpcsRequest { VpcIds = [vpcId] };
        var vpc = await Ec2Call.RunAsync("DescribeVpcs", vpcId, async ct =>
        {
            try
            {
                return (await ec2.DescribeVpcsAsync(request, ct).ConfigureAwait(false)).Vpcs?.FirstOrDefault();
            }
            catch (AmazonEC2Exception error) when (error.ErrorCode == Ec2ErrorCodes.VpcNotFound)
            {
                return null;
            }
        }, cancellationToken).ConfigureAwait(false);
        return vpc is null || ManagedScope.IsTagged(Map(vpc.Tags)) ? null : $"{vpcId} is not tagged {scope.Tag} and is not listed (VpcArns)";
    }

    private static Dictionary<string, string> Map(List<Tag>? tags) =>
        (tags ?? []).Where(t => t.Key is not null).GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value ?? string.Empty, StringComparer.Ordinal);
}
