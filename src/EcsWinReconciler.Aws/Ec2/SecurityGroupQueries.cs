using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// Groups with their ingress and egress rules. Two reads per 200 groups, each filtered by <c>group-id</c> and paginated:
/// DescribeSecurityGroups says which groups exist and gives their name and VPC (a group may have no rules, so the
/// rules alone cannot tell); DescribeSecurityGroupRules gives the rules with the ids that revoke needs (the
/// IpPermissions of DescribeSecurityGroups carry none). The filter, unlike GroupId.N, does not fail the whole call
/// with InvalidGroup.NotFound when one group is gone (docs/FACTS.md §4.3): a missing group is simply not returned.
/// </summary>
internal sealed class SecurityGroupQueries(IAmazonEC2 ec2)
{
    public async Task<IReadOnlyDictionary<string, ObservedSecurityGroup?>> LoadAsync(IReadOnlyList<string> groupIds, CancellationToken cancellationToken)
    {
        var result = groupIds.ToDictionary(id => id, _ => (ObservedSecurityGroup?)null, StringComparer.Ordinal);
        foreach (var chunk in groupIds.Chunk(Ec2Paging.IdsPerCall))
        {
            var groups = await DescribeGroupsAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (groups.Count == 0)
            {
                continue;
            }

            var rules = await DescribeRulesAsync([.. groups.Select(g => g.GroupId)], cancellationToken).ConfigureAwait(false);
            foreach (var group in groups.Where(g => result.ContainsKey(g.GroupId)))
            {
                result[group.GroupId] = Observe(group, rules);
            }
        }

        return result;
    }

    private static ObservedSecurityGroup Observe(SecurityGroup group, List<SecurityGroupRule> rules)
    {
        var own = rules.Where(r => string.Equals(r.GroupId, group.GroupId, StringComparison.Ordinal)).ToList();
        return new ObservedSecurityGroup(
            group.GroupId,
            string.IsNullOrEmpty(group.GroupName) ? null : group.GroupName,
            string.IsNullOrEmpty(group.VpcId) ? null : group.VpcId,
            Mapped(own.Where(r => !IngressRuleMapping.IsEgress(r))))
        {
            Egress = Mapped(own.Where(IngressRuleMapping.IsEgress)),
        };
    }

    private static EquatableArray<ObservedIngressRule> Mapped(IEnumerable<SecurityGroupRule> rules) =>
        rules.Select(IngressRuleMapping.Map).OrderBy(r => r.RuleId, StringComparer.Ordinal).ToEquatableArray();

    private Task<List<SecurityGroup>> DescribeGroupsAsync(string[] groupIds, CancellationToken cancellationToken) =>
        Ec2Paging.CollectAsync<SecurityGroup>(async token =>
        {
            var request = new DescribeSecurityGroupsRequest
            {
                Filters = [Ec2Paging.Filter("group-id", groupIds)],
                MaxResults = Ec2Paging.PageSize,
                NextToken = token,
            };
            var response = await Ec2Call.RunAsync("DescribeSecurityGroups", groupIds[0], ct => ec2.DescribeSecurityGroupsAsync(request, ct), cancellationToken)
                .ConfigureAwait(false);
            return (response.SecurityGroups, response.NextToken);
        });

    private Task<List<SecurityGroupRule>> DescribeRulesAsync(string[] groupIds, CancellationToken cancellationToken) =>
        Ec2Paging.CollectAsync<SecurityGroupRule>(async token =>
        {
            var request = new DescribeSecurityGroupRulesRequest
            {
                Filters = [Ec2Paging.Filter("group-id", groupIds)],
                MaxResults = Ec2Paging.PageSize,
                NextToken = token,
            };
            var response = await Ec2Call.RunAsync("DescribeSecurityGroupRules", groupIds[0], ct => ec2.DescribeSecurityGroupRulesAsync(request, ct), cancellationToken)
                .ConfigureAwait(false);
            return (response.SecurityGroupRules, response.NextToken);
        });
}
