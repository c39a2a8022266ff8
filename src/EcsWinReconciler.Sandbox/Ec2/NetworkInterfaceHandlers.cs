using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>DescribeNetworkInterfaces and ModifyNetworkInterfaceAttribute (docs/FACTS.md §4.1, §4.2).</summary>
internal static class NetworkInterfaceHandlers
{
    private static readonly string[] Filters =
    [
        "network-interface-id", "group-id", "attachment.instance-id", "vpc-id", "subnet-id", "requester-managed",
        "status", "description", "availability-zone", "private-ip-address", "mac-address", "attachment.status",
        "attachment.device-index", "interface-type",
    ];

    public static IEnumerable<XElement?> Describe(Ec2Request request)
    {
        var ids = request.Parameters.List("NetworkInterfaceId");
        if (ids.Count > 0 && request.Parameters.Has("MaxResults"))
        {
            // docs/FACTS.md §4.1: MaxResults and NetworkInterfaceIds cannot be combined.
            throw new ApiException("InvalidParameterCombination", "The parameter NetworkInterfaceIds cannot be used with the parameter MaxResults");
        }

        var filters = Ec2Filter.Parse(request.Parameters, Filters);
        foreach (var id in ids)
        {
            Ec2Ids.CheckShape(id, "eni", "InvalidNetworkInterfaceID.Malformed");
        }

        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            var missing = ids.Where(id => !world.NetworkInterfaces.ContainsKey(id)).ToList();
            if (missing.Count > 0)
            {
                // One missing id fails the whole call (docs/FACTS.md §4.5): "gone", for a reconciler.
                throw new ApiException("InvalidNetworkInterfaceID.NotFound", missing.Count == 1
                    ? $"The networkInterface ID '{missing[0]}' does not exist"
                    : $"The networkInterface IDs '{string.Join(", ", missing)}' do not exist");
            }

            var matching = world.NetworkInterfaces.Values
                .Where(e => ids.Count == 0 || ids.Contains(e.Id))
                .Where(e => Ec2Filter.MatchesAll(filters, name => FilterValues(e, name)))
                .ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters);
            return new XElement?[] { Set("networkInterfaceSet", page, e => NetworkInterfaceXml.Item(world, e)), E("nextToken", next) };
        });
    }

    /// <summary>ECS task ENIs are requester-managed: the account cannot modify them, even as admin (docs/FACTS.md §4.2).</summary>
    public static IEnumerable<XElement?> ModifyAttribute(Ec2Request request)
    {
        var id = request.Parameters.Required("NetworkInterfaceId");
        Ec2Ids.CheckShape(id, "eni", "InvalidNetworkInterfaceID.Malformed");
        var groups = request.Parameters.List("SecurityGroupId");
        var description = request.Parameters["Description.Value"];
        var sourceDestCheck = request.Parameters.Bool("SourceDestCheck.Value");
        var changes = (groups.Count > 0 ? 1 : 0) + (description is null ? 0 : 1) + (sourceDestCheck is null ? 0 : 1);
        if (changes != 1)
        {
            throw new ApiException("InvalidParameterCombination", "Exactly one attribute must be specified per request.");
        }

        request.State.Write(world =>
        {
            var eni = world.NetworkInterfaces.GetValueOrDefault(id) ?? throw Ec2Ids.NotFound("InvalidNetworkInterfaceID.NotFound", "networkInterface", id);
            if (eni.RequesterManaged)
            {
                // [UNCERTAIN] field reports show an auth error (cloud-custodian#3406); the exact status is not captured.
                throw new ApiException("AuthFailure", "You do not have permission to access the specified resource.");
            }

            foreach (var group in groups.Where(g => !world.SecurityGroups.ContainsKey(g)))
            {
                throw new ApiException("InvalidGroup.NotFound", $"The security group '{group}' does not exist");
            }

            request.StopIfDryRun();
            Apply(eni, groups, description, sourceDestCheck);
            world.RecordWrite("ec2", request.Operation, id, groups.Count > 0 ? "groups=" + string.Join(",", groups) : "attribute");
        });
        return [E("return", true)];
    }

    private static void Apply(NetworkInterface eni, IReadOnlyList<string> groups, string? description, bool? sourceDestCheck)
    {
        if (groups.Count > 0)
        {
            eni.GroupIds.Clear();
            eni.GroupIds.AddRange(groups.Distinct());
        }

        eni.Description = description ?? eni.Description;
        eni.SourceDestCheck = sourceDestCheck ?? eni.SourceDestCheck;
    }

    private static IEnumerable<string?> FilterValues(NetworkInterface eni, string name) => name switch
    {
        "network-interface-id" => [eni.Id],
        "group-id" => [.. eni.GroupIds],
        "attachment.instance-id" => [eni.Attachment?.InstanceId],
        "attachment.status" => [eni.Attachment?.Status],
        "attachment.device-index" => [eni.Attachment?.DeviceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        "vpc-id" => [eni.VpcId],
        "subnet-id" => [eni.SubnetId],
        "requester-managed" => [eni.RequesterManaged ? "true" : "false"],
        "status" => [eni.Status],
        "description" => [eni.Description],
        "availability-zone" => [eni.AvailabilityZone],
        "private-ip-address" => [eni.PrivateIpAddress],
        "mac-address" => [eni.MacAddress],
        "interface-type" => [eni.InterfaceType],
        _ => [],
    };
}
