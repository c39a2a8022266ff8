using System.Text.Json;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Events.CloudTrail;

namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>
/// "AWS API Call via CloudTrail" (source aws.ec2) → <see cref="ApiChange"/>. EC2 records its parameters in
/// lowerCamelCase with lists nested as <c>{"items":[…]}</c>, except ModifySecurityGroupRules, which wraps the request:
/// <c>{"ModifySecurityGroupRulesRequest":{"GroupId":"sg-…","SecurityGroupRule":{…}}}</c>. An ingress authorised by
/// group name (default VPC) names the group id only in <c>responseElements.securityGroupRuleSet.items[].groupId</c>.
/// Source groups referenced inside rules are not the changed resource and are not collected. ACL, route-table, subnet and
/// association ids are collected as named (ReplaceNetworkAclAssociation and DisassociateRouteTable name an association).
/// </summary>
internal static class ApiChangeMapping
{
    public static Parsed<ApiChange> ToApiChange(EventBridgeEvent<CloudTrailDetail> envelope)
    {
        // The rule matches source aws.ec2 only: anything else was misrouted or forged, and is rejected, not reconciled.
        if (envelope.Source != EventKinds.Ec2Source || envelope.DetailType != EventKinds.CloudTrailApiCall || envelope.Detail is not { } detail)
        {
            return Parsed<ApiChange>.Fail($"expected source {EventKinds.Ec2Source} and detail-type \"{EventKinds.CloudTrailApiCall}\" with a detail");
        }

        if (detail.EventSource != EventKinds.Ec2EventSource || string.IsNullOrEmpty(detail.EventName))
        {
            return Parsed<ApiChange>.Fail($"expected an {EventKinds.Ec2EventSource} call with an eventName");
        }

        var resources = new List<string>();
        if (detail.RequestParameters is { ValueKind: JsonValueKind.Object } request)
        {
            Add(resources, request, "groupId");
            Add(resources, request, "ModifySecurityGroupRulesRequest", "GroupId");
            Add(resources, request, "networkInterfaceId");
            AddItems(resources, request, "groupSet", "groupId");
            Add(resources, request, "vpcId");
            Add(resources, request, "dhcpOptionsId");

            // Network ACL and route edits: the ACL or table, the subnet of an association, or only the association's id.
            Add(resources, request, "networkAclId");
            Add(resources, request, "routeTableId");
            Add(resources, request, "subnetId");
            Add(resources, request, "associationId");
        }

        if (detail.ResponseElements is { ValueKind: JsonValueKind.Object } response)
        {
            AddItems(resources, response, "securityGroupRuleSet", "groupId");
            Add(resources, response, "newAssociationId");
        }

        return Parsed<ApiChange>.Ok(new ApiChange(detail.EventName, detail.ErrorCode, resources.Distinct(StringComparer.Ordinal).ToEquatableArray()));
    }

    private static void Add(List<string> resources, JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return;
            }
        }

        if (element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } id)
        {
            resources.Add(id);
        }
    }

    /// <summary>Reads <c>{list: {"items": [{field: "…"}, …]}}</c>.</summary>
    private static void AddItems(List<string> resources, JsonElement element, string list, string field)
    {
        if (element.TryGetProperty(list, out var container) &&
            container.ValueKind == JsonValueKind.Object &&
            container.TryGetProperty("items", out var items) &&
            items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                Add(resources, item, field);
            }
        }
    }
}
