using Amazon.EC2.Model;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// <see cref="IngressPermission"/> → the one <see cref="IpPermission"/> AuthorizeSecurityGroupIngress takes.
/// Ports go on the wire only for tcp/udp; every other protocol gets -1 ("all"), as EC2 expects for -1 and icmp.
/// </summary>
internal static class IpPermissionWire
{
    /// <summary>EC2 allows a-zA-Z0-9, spaces and ._-:/()#,@[]+=&amp;;{}!$* up to 255 characters.</summary>
    public const string Description = "Added by EcsWinReconciler (required by spec)";

    private const int AllPorts = -1;

    public static IpPermission Build(IngressPermission permission, string description = Description)
    {
        var wire = new IpPermission
        {
            IpProtocol = permission.Protocol.ToString(),
            FromPort = permission.Protocol.HasPorts ? permission.Ports.From : AllPorts,
            ToPort = permission.Protocol.HasPorts ? permission.Ports.To : AllPorts,
        };
        var source = permission.Source;
        if (source.Cidr is { IsIPv6: false } v4)
        {
            wire.Ipv4Ranges = [new IpRange { CidrIp = v4.ToString(), Description = description }];
        }
        else if (source.Cidr is { IsIPv6: true } v6)
        {
            wire.Ipv6Ranges = [new Ipv6Range { CidrIpv6 = v6.ToString(), Description = description }];
        }
        else if (source.GroupId is { } groupId)
        {
            wire.UserIdGroupPairs = [new UserIdGroupPair { GroupId = groupId, Description = description }];
        }
        else
        {
            wire.PrefixListIds = [new PrefixListId { Id = source.PrefixListId, Description = description }];
        }

        return wire;
    }
}
