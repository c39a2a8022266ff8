using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>
/// DescribeSubnets: by id and by the filters people use (vpc-id, subnet-id, availability-zone, cidr-block, state,
/// default-for-az, available-ip-address-count). Free addresses count the ENIs in the subnet and what scenarios hold
/// (<see cref="Subnet.HeldAddresses"/>); AWS keeps 5 addresses of every subnet.
/// </summary>
internal static class SubnetHandlers
{
    private static readonly string[] Filters =
        ["vpc-id", "vpcId", "subnet-id", "availability-zone", "availabilityZone", "cidr-block", "cidr", "cidrBlock", "state", "default-for-az", "defaultForAz", "owner-id", "available-ip-address-count"];

    public static IEnumerable<XElement?> Describe(Ec2Request request)
    {
        var ids = request.Parameters.List("SubnetId");
        var filters = Ec2Filter.Parse(request.Parameters, Filters);
        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            foreach (var id in ids.Where(id => !world.Subnets.ContainsKey(id)))
            {
                throw Ec2Ids.NotFound("InvalidSubnetID.NotFound", "subnet", id);
            }

            var matching = world.Subnets.Values
                .Where(s => ids.Count == 0 || ids.Contains(s.Id))
                .Where(s => Ec2Filter.MatchesAll(filters, f => f switch
                {
                    "vpc-id" or "vpcId" => [s.VpcId],
                    "subnet-id" => [s.Id],
                    "availability-zone" or "availabilityZone" => [s.AvailabilityZone],
                    "cidr-block" or "cidr" or "cidrBlock" => [s.CidrBlock],
                    "default-for-az" or "defaultForAz" => ["false"],
                    "owner-id" => [world.AccountId],
                    "available-ip-address-count" => [world.AvailableAddresses(s).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                    _ => ["available"],
                }))
                .ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters);
            return new XElement?[] { Set("subnetSet", page, s => Item(world, s)), E("nextToken", next) };
        });
    }

    private static IEnumerable<XElement?> Item(SandboxWorld world, Subnet subnet) =>
    [
        E("subnetId", subnet.Id),
        E("subnetArn", $"arn:aws:ec2:{world.Region}:{world.AccountId}:subnet/{subnet.Id}"),
        E("state", "available"),
        E("ownerId", world.AccountId),
        E("vpcId", subnet.VpcId),
        E("cidrBlock", subnet.CidrBlock),
        Set("ipv6CidrBlockAssociationSet", Array.Empty<string>(), _ => []),
        E("availableIpAddressCount", world.AvailableAddresses(subnet)),
        E("availabilityZone", subnet.AvailabilityZone),
        E("availabilityZoneId", ZoneId(world, subnet.AvailabilityZone)),
        E("defaultForAz", false),
        E("mapPublicIpOnLaunch", false),
        E("assignIpv6AddressOnCreation", false),
        E("ipv6Native", false),
        E("enableDns64", false),
        S("privateDnsNameOptionsOnLaunch", E("hostnameType", "ip-name"), E("enableResourceNameDnsARecord", false), E("enableResourceNameDnsAAAARecord", false)),
    ];

    // use1-az1, use1-az2, … in the order the zones' letters run (the real mapping differs per account).
    private static string ZoneId(SandboxWorld world, string zone) =>
        $"{string.Concat(world.Region.Split('-').Select((p, i) => i == 2 ? p : p[..Math.Min(p.Length, i == 0 ? 2 : 1)]))}-az{zone[^1] - 'a' + 1}";
}
