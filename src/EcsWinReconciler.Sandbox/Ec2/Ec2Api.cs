using System.Collections.Frozen;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>The EC2 operations the sandbox answers (Query protocol, API version 2016-11-15).</summary>
internal static class Ec2Api
{
    private static readonly FrozenDictionary<string, Func<Ec2Request, IEnumerable<XElement?>>> Operations =
        new Dictionary<string, Func<Ec2Request, IEnumerable<XElement?>>>(StringComparer.Ordinal)
        {
            ["DescribeNetworkInterfaces"] = NetworkInterfaceHandlers.Describe,
            ["ModifyNetworkInterfaceAttribute"] = NetworkInterfaceHandlers.ModifyAttribute,
            ["DescribeSecurityGroups"] = SecurityGroupHandlers.DescribeGroups,
            ["DescribeSecurityGroupRules"] = SecurityGroupHandlers.DescribeRules,
            ["AuthorizeSecurityGroupIngress"] = RuleEditHandlers.Authorize,
            ["RevokeSecurityGroupIngress"] = RuleEditHandlers.Revoke,
            ["DescribeVpcs"] = VpcHandlers.Describe,
            ["DescribeSubnets"] = SubnetHandlers.Describe,
            ["DescribeVpcAttribute"] = VpcHandlers.DescribeAttribute,
            ["ModifyVpcAttribute"] = VpcHandlers.ModifyAttribute,
            ["DescribeDhcpOptions"] = DhcpHandlers.Describe,
            ["CreateDhcpOptions"] = DhcpHandlers.Create,
            ["AssociateDhcpOptions"] = DhcpHandlers.Associate,
            ["DescribeInstances"] = InstanceHandlers.DescribeInstances,
            ["DescribeInstanceTypes"] = InstanceHandlers.DescribeInstanceTypes,
            ["DescribeNetworkAcls"] = NetworkAclHandlers.Describe,
            ["CreateNetworkAclEntry"] = NetworkAclEntryHandlers.Create,
            ["ReplaceNetworkAclEntry"] = NetworkAclEntryHandlers.Replace,
            ["DeleteNetworkAclEntry"] = NetworkAclEntryHandlers.Delete,
            ["DescribeRouteTables"] = RouteTableHandlers.Describe,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> OperationNames => Operations.Keys;

    public static ApiResponse Handle(string operation, QueryParameters parameters, SandboxState state, string requestId)
    {
        if (!Operations.TryGetValue(operation, out var handler))
        {
            throw new ApiException("InvalidAction", $"The action {operation} is not valid for this web service.");
        }

        var content = handler(new Ec2Request(operation, parameters, state)).ToList();
        return ApiResponse.Text(200, ApiResponse.Xml, Ec2Xml.Document(Ec2Xml.Response(operation, requestId, content)));
    }
}
