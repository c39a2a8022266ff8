using System.Globalization;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>
/// CreateNetworkAclEntry, ReplaceNetworkAclEntry and DeleteNetworkAclEntry: the edits a person makes when they tighten a
/// subnet's ACL (the demo's fourth act, and the AWS CLI's <c>ec2 create-network-acl-entry</c>). An entry is named by its
/// ACL, rule number and direction; create refuses a taken number, replace and delete a missing one, as EC2 does. Protocol
/// names (<c>tcp</c>, <c>udp</c>, <c>icmp</c>, <c>all</c>) are stored as the numbers DescribeNetworkAcls answers with.
/// IPv6 entries are not modelled and are refused rather than stored half.
/// </summary>
internal static class NetworkAclEntryHandlers
{
    private const int HighestRuleNumber = 32766;

    public static IEnumerable<XElement?> Create(Ec2Request request) => Write(request, (acl, entry) =>
    {
        if (Find(acl, entry.RuleNumber, entry.Egress) is not null)
        {
            throw new ApiException("NetworkAclEntryAlreadyExists", $"The network acl entry identified by {entry.RuleNumber} already exists.");
        }

        acl.Entries.Add(entry);
    });

    public static IEnumerable<XElement?> Replace(Ec2Request request) => Write(request, (acl, entry) =>
    {
        var old = Find(acl, entry.RuleNumber, entry.Egress) ?? throw Missing(entry.RuleNumber);
        acl.Entries.Remove(old);
        acl.Entries.Add(entry);
    });

    public static IEnumerable<XElement?> Delete(Ec2Request request)
    {
        var aclId = request.Parameters.Required("NetworkAclId");
        var ruleNumber = RuleNumber(request);
        var egress = request.Parameters.Bool("Egress") ?? throw new ApiException("MissingParameter", "The request must contain the parameter Egress");
        Ec2Ids.CheckShape(aclId, "acl", "InvalidNetworkAclID.Malformed");
        request.State.Write(world =>
        {
            var acl = FindAcl(world, aclId);
            var old = Find(acl, ruleNumber, egress) ?? throw Missing(ruleNumber);
            request.StopIfDryRun();
            acl.Entries.Remove(old);
            world.RecordWrite("ec2", request.Operation, aclId, $"{Direction(egress)} rule {ruleNumber} removed");
        });
        return [E("return", true)];
    }

    private static IEnumerable<XElement?> Write(Ec2Request request, Action<NetworkAcl, NetworkAclEntry> edit)
    {
        var aclId = request.Parameters.Required("NetworkAclId");
        Ec2Ids.CheckShape(aclId, "acl", "InvalidNetworkAclID.Malformed");
        var entry = ReadEntry(request);
        request.State.Write(world =>
        {
            var acl = FindAcl(world, aclId);
            request.StopIfDryRun();
            edit(acl, entry);
            world.RecordWrite("ec2", request.Operation, aclId, Describe(entry));
        });
        return [E("return", true)];
    }

    private static NetworkAclEntry ReadEntry(Ec2Request request)
    {
        var parameters = request.Parameters;
        if (parameters.Has("Ipv6CidrBlock"))
        {
            throw new ApiException("InvalidParameterValue", "The sandbox does not model IPv6 network ACL entries; give CidrBlock.");
        }

        var protocol = Protocol(parameters.Required("Protocol"));
        var action = parameters.Required("RuleAction").ToLowerInvariant();
        if (action is not (NetworkAclEntry.Allow or NetworkAclEntry.Deny))
        {
            throw new ApiException("InvalidParameterValue", $"Value ({action}) for parameter ruleAction is invalid. Expected allow or deny.");
        }

        var egress = parameters.Bool("Egress") ?? throw new ApiException("MissingParameter", "The request must contain the parameter Egress");
        var cidr = parameters.Required("CidrBlock");
        var (from, to) = (parameters.Int("PortRange.From"), parameters.Int("PortRange.To"));
        if (protocol is NetworkAclEntry.Tcp or NetworkAclEntry.Udp && (from is null || to is null))
        {
            // EC2 wants a port range whenever the protocol has ports.
            throw new ApiException("MissingParameter", "The request must contain the parameter portRange");
        }

        return protocol is NetworkAclEntry.Tcp or NetworkAclEntry.Udp
            ? new NetworkAclEntry(RuleNumber(request), egress, protocol, action, cidr, from, to)
            : new NetworkAclEntry(RuleNumber(request), egress, protocol, action, cidr);
    }

    private static int RuleNumber(Ec2Request request)
    {
        var number = request.Parameters.Int("RuleNumber") ?? throw new ApiException("MissingParameter", "The request must contain the parameter RuleNumber");
        return number is >= 1 and <= HighestRuleNumber
            ? number
            : throw new ApiException("InvalidParameterValue", $"Value ({number}) for parameter ruleNumber is invalid. Expected a number from 1 to {HighestRuleNumber}.");
    }

    private static string Protocol(string given) => given.ToLowerInvariant() switch
    {
        "tcp" or NetworkAclEntry.Tcp => NetworkAclEntry.Tcp,
        "udp" or NetworkAclEntry.Udp => NetworkAclEntry.Udp,
        "icmp" or "1" => "1",
        "all" or NetworkAclEntry.AllProtocols => NetworkAclEntry.AllProtocols,
        var other when int.TryParse(other, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 255 => other,
        var other => throw new ApiException("InvalidParameterValue", $"Value ({other}) for parameter protocol is invalid."),
    };

    private static NetworkAcl FindAcl(SandboxWorld world, string aclId) =>
        world.NetworkAcls.GetValueOrDefault(aclId) ?? throw Ec2Ids.NotFound("InvalidNetworkAclID.NotFound", "network ACL", aclId);

    private static NetworkAclEntry? Find(NetworkAcl acl, int ruleNumber, bool egress) =>
        acl.Entries.FirstOrDefault(e => e.RuleNumber == ruleNumber && e.Egress == egress);

    private static ApiException Missing(int ruleNumber) =>
        new("InvalidNetworkAclEntry.NotFound", $"The network acl entry identified by {ruleNumber} does not exist.");

    private static string Direction(bool egress) => egress ? "outbound" : "inbound";

    private static string Describe(NetworkAclEntry entry) =>
        $"{Direction(entry.Egress)} rule {entry.RuleNumber} {entry.RuleAction} protocol {entry.Protocol} "
        + $"{entry.CidrBlock}{(entry.FromPort is { } from ? $" ports {from}-{entry.ToPort}" : "")}";
}
