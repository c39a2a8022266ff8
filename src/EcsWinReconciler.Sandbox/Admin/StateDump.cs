using System.Text.Json;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Admin;

/// <summary>A readable JSON dump of the whole account, for <c>GET /_sandbox/state</c> and for debugging tests.</summary>
public static class StateDump
{
    public static void Write(Utf8JsonWriter json, SandboxWorld world)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(world);
        json.WriteStartObject();
        json.WriteString("region", world.Region);
        json.WriteString("accountId", world.AccountId);
        Array(json, "vpcs", world.Vpcs.Values, v =>
        {
            json.WriteString("id", v.Id);
            json.WriteString("cidrBlock", v.CidrBlock);
            json.WriteString("dhcpOptionsId", v.DhcpOptionsId);
            json.WriteBoolean("enableDnsSupport", v.EnableDnsSupport);
            json.WriteBoolean("enableDnsHostnames", v.EnableDnsHostnames);
        });
        Array(json, "dhcpOptions", world.DhcpOptions.Values, d =>
        {
            json.WriteString("id", d.Id);
            foreach (var c in d.Configurations)
            {
                Strings(json, c.Key, c.Values);
            }
        });
        Array(json, "subnets", world.Subnets.Values, s =>
        {
            json.WriteString("id", s.Id);
            json.WriteString("vpcId", s.VpcId);
            json.WriteString("cidrBlock", s.CidrBlock);
            json.WriteString("availabilityZone", s.AvailabilityZone);
            json.WriteNumber("availableIpAddressCount", world.AvailableAddresses(s));
        });
        Array(json, "networkAcls", world.NetworkAcls.Values, a =>
        {
            json.WriteString("id", a.Id);
            Strings(json, "subnets", a.Associations.Select(x => x.SubnetId));
            Strings(json, "entries", a.Ordered.Select(e => $"{e.RuleNumber} {(e.Egress ? "out" : "in")} {e.Protocol} {e.FromPort}-{e.ToPort} {e.CidrBlock} {e.RuleAction}"));
        });
        Array(json, "routeTables", world.RouteTables.Values, t =>
        {
            json.WriteString("id", t.Id);
            Strings(json, "associations", t.Associations.Select(x => x.SubnetId ?? "main"));
            Strings(json, "routes", t.Routes.Select(r => $"{r.DestinationCidrBlock} {r.Target} {r.State}"));
        });
        Array(json, "securityGroups", world.SecurityGroups.Values, g =>
        {
            json.WriteString("id", g.Id);
            json.WriteString("name", g.Name);
            json.WriteString("vpcId", g.VpcId);
            Array(json, "rules", g.Rules, r => Rule(json, r));
        });
        Array(json, "networkInterfaces", world.NetworkInterfaces.Values, e => Eni(json, e));
        Array(json, "instances", world.Instances.Values, i =>
        {
            json.WriteString("id", i.Id);
            json.WriteString("instanceType", i.InstanceType);
            json.WriteNumber("maximumNetworkInterfaces", world.InstanceTypes[i.InstanceType].MaximumNetworkInterfaces);
            json.WriteNumber("attachedNetworkInterfaces", world.NetworkInterfaces.Values.Count(n => n.Attachment?.InstanceId == i.Id));
            json.WriteString("availabilityZone", i.AvailabilityZone);
        });
        EcsDump.Write(json, world);
        json.WriteEndObject();
    }

    internal static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Rule(Utf8JsonWriter json, SecurityGroupRule rule)
    {
        json.WriteString("id", rule.RuleId);
        json.WriteBoolean("isEgress", rule.IsEgress);
        json.WriteString("ipProtocol", rule.IpProtocol);
        json.WriteNumber("fromPort", rule.FromPort);
        json.WriteNumber("toPort", rule.ToPort);
        json.WriteString("source", rule.CidrIpv4 ?? rule.CidrIpv6 ?? rule.PrefixListId ?? rule.ReferencedGroupId);
    }

    private static void Eni(Utf8JsonWriter json, NetworkInterface eni)
    {
        json.WriteString("id", eni.Id);
        json.WriteString("subnetId", eni.SubnetId);
        json.WriteString("privateIpAddress", eni.PrivateIpAddress);
        json.WriteString("status", eni.Status);
        json.WriteString("description", eni.Description);
        json.WriteBoolean("requesterManaged", eni.RequesterManaged);
        json.WriteString("instanceId", eni.Attachment?.InstanceId);
        if (eni.Attachment is { } a)
        {
            json.WriteNumber("deviceIndex", a.DeviceIndex);
        }

        Strings(json, "groups", eni.GroupIds);
    }
}
