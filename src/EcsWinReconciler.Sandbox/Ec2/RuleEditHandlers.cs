using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>
/// AuthorizeSecurityGroupIngress and RevokeSecurityGroupIngress (docs/FACTS.md §4.3). All-or-nothing: a duplicate or a
/// missing rule fails the call and changes nothing.
/// </summary>
internal static class RuleEditHandlers
{
    public static IEnumerable<XElement?> Authorize(Ec2Request request)
    {
        var groupId = GroupId(request);
        var wanted = IpPermissionParser.Parse(request.Parameters, groupId, isEgress: false);
        return request.State.Write(world =>
        {
            var group = Group(world, groupId);
            foreach (var referenced in wanted.Select(r => r.ReferencedGroupId).OfType<string>().Where(g => !world.SecurityGroups.ContainsKey(g)))
            {
                throw new ApiException("InvalidGroup.NotFound", $"The security group '{referenced}' does not exist");
            }

            for (var i = 0; i < wanted.Count; i++)
            {
                if (group.Rules.Any(r => r.SamePermission(wanted[i])) || wanted.Take(i).Any(r => r.SamePermission(wanted[i])))
                {
                    throw new ApiException("InvalidPermission.Duplicate", $"the specified rule \"{wanted[i].Describe()}\" already exists");
                }
            }

            request.StopIfDryRun();
            var added = wanted.Select(r => r with { RuleId = world.Ids.Resource("sgr") }).ToList();
            group.Rules.AddRange(added);
            foreach (var rule in added)
            {
                world.RecordWrite("ec2", request.Operation, rule.RuleId, $"{groupId} +{rule.Describe()}");
            }

            return new XElement?[] { E("return", true), Set("securityGroupRuleSet", added, r => SecurityGroupXml.Rule(world, r)) };
        });
    }

    public static IEnumerable<XElement?> Revoke(Ec2Request request)
    {
        var groupId = GroupId(request);
        var ruleIds = request.Parameters.List("SecurityGroupRuleId");
        var byPermission = request.Parameters.HasAny("IpPermissions") || request.Parameters.Has("CidrIp");
        if (ruleIds.Count > 0 == byPermission)
        {
            throw new ApiException("InvalidParameterCombination", "Specify either SecurityGroupRuleIds or IpPermissions, not both and not neither.");
        }

        foreach (var id in ruleIds)
        {
            Ec2Ids.CheckShape(id, "sgr", "InvalidSecurityGroupRuleId.Malformed");
        }

        var permissions = byPermission ? IpPermissionParser.Parse(request.Parameters, groupId, isEgress: false) : [];
        return request.State.Write(world =>
        {
            var group = Group(world, groupId);
            var doomed = ruleIds.Count > 0 ? ByIds(group, ruleIds) : ByPermissions(group, permissions);
            request.StopIfDryRun();
            group.Rules.RemoveAll(doomed.Contains);
            foreach (var rule in doomed)
            {
                world.RecordWrite("ec2", request.Operation, rule.RuleId, $"{groupId} -{rule.Describe()}");
            }

            return new XElement?[] { E("return", true) };
        });
    }

    private static List<SecurityGroupRule> ByIds(SecurityGroup group, IReadOnlyList<string> ids) =>
        ids.Select(id => group.Ingress.FirstOrDefault(r => r.RuleId == id)
                         ?? throw new ApiException("InvalidSecurityGroupRuleId.NotFound", $"The security group rule ID '{id}' does not exist"))
            .Distinct().ToList();

    /// <summary>In a non-default VPC an inexact match fails with InvalidPermission.NotFound (docs/FACTS.md §4.3).</summary>
    private static List<SecurityGroupRule> ByPermissions(SecurityGroup group, IReadOnlyList<SecurityGroupRule> permissions) =>
        permissions.Select(p => group.Ingress.FirstOrDefault(r => r.SamePermission(p))
                                ?? throw new ApiException("InvalidPermission.NotFound", "The specified rule does not exist in this security group."))
            .Distinct().ToList();

    private static string GroupId(Ec2Request request)
    {
        var id = request.Parameters["GroupId"]
                 ?? throw new ApiException("MissingParameter", "The request must contain the parameter groupId (GroupName is only for default VPCs)");
        Ec2Ids.CheckShape(id, "sg", "InvalidGroupId.Malformed");
        return id;
    }

    private static SecurityGroup Group(SandboxWorld world, string id) =>
        world.SecurityGroups.GetValueOrDefault(id) ?? throw new ApiException("InvalidGroup.NotFound", $"The security group '{id}' does not exist");
}
