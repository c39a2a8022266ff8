using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>DescribeSecurityGroups and DescribeSecurityGroupRules (docs/FACTS.md §4.3).</summary>
internal static class SecurityGroupHandlers
{
    private static readonly string[] GroupFilters = ["group-id", "group-name", "vpc-id", "owner-id", "description"];
    private static readonly string[] RuleFilters = ["group-id", "security-group-rule-id"];

    public static IEnumerable<XElement?> DescribeGroups(Ec2Request request)
    {
        var ids = request.Parameters.List("GroupId");
        var names = request.Parameters.List("GroupName");
        var filters = Ec2Filter.Parse(request.Parameters, GroupFilters);
        foreach (var id in ids)
        {
            Ec2Ids.CheckShape(id, "sg", "InvalidGroupId.Malformed");
        }

        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            // A missing id fails the whole call (docs/FACTS.md §4.3).
            foreach (var id in ids.Where(id => !world.SecurityGroups.ContainsKey(id)))
            {
                throw new ApiException("InvalidGroup.NotFound", $"The security group '{id}' does not exist");
            }

            foreach (var name in names.Where(n => world.SecurityGroups.Values.All(g => g.Name != n)))
            {
                throw new ApiException("InvalidGroup.NotFound", $"The security group '{name}' does not exist in default VPC");
            }

            var matching = world.SecurityGroups.Values
                .Where(g => (ids.Count == 0 || ids.Contains(g.Id)) && (names.Count == 0 || names.Contains(g.Name)))
                .Where(g => Ec2Filter.MatchesAll(filters, f => GroupValues(world, g, f)))
                .ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters);
            return new XElement?[] { Set("securityGroupInfo", page, g => SecurityGroupXml.Group(world, g)), E("nextToken", next) };
        });
    }

    public static IEnumerable<XElement?> DescribeRules(Ec2Request request)
    {
        var ids = request.Parameters.List("SecurityGroupRuleId");
        var filters = Ec2Filter.Parse(request.Parameters, RuleFilters);
        foreach (var id in ids)
        {
            Ec2Ids.CheckShape(id, "sgr", "InvalidSecurityGroupRuleId.Malformed");
        }

        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            var rules = world.SecurityGroups.Values.SelectMany(g => g.Rules).ToList();
            foreach (var id in ids.Where(id => rules.All(r => r.RuleId != id)))
            {
                throw new ApiException("InvalidSecurityGroupRuleId.NotFound", $"The security group rule ID '{id}' does not exist");
            }

            var matching = rules
                .Where(r => ids.Count == 0 || ids.Contains(r.RuleId))
                .Where(r => Ec2Filter.MatchesAll(filters, f => f == "group-id" ? [r.GroupId] : [r.RuleId]))
                .ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters);
            return new XElement?[] { Set("securityGroupRuleSet", page, r => SecurityGroupXml.Rule(world, r)), E("nextToken", next) };
        });
    }

    private static IEnumerable<string?> GroupValues(SandboxWorld world, SecurityGroup group, string filter) => filter switch
    {
        "group-id" => [group.Id],
        "group-name" => [group.Name],
        "vpc-id" => [group.VpcId],
        "owner-id" => [world.AccountId],
        "description" => [group.Description],
        _ => [],
    };
}
