namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>Response fragments shaped like EC2's own (element names from the ec2 model, checked in Ec2ModelTests).</summary>
internal static class Ec2Xml
{
    /// <summary>An ECS task ENI as EC2 shows it: attached at device index 1, described by the ECS attachment ARN.</summary>
    public const string TaskEni = """
        <item>
            <networkInterfaceId>eni-0a1b2c3d4e5f60718</networkInterfaceId>
            <subnetId>subnet-0a1b2c3d</subnetId>
            <vpcId>vpc-0a1b2c3d</vpcId>
            <availabilityZone>us-east-1a</availabilityZone>
            <description>arn:aws:ecs:us-east-1:123456789012:attachment/2f0c6e8a-2a5d-4f1e-9d2a-0d1c5b7e8f90</description>
            <ownerId>123456789012</ownerId>
            <requesterManaged>false</requesterManaged>
            <status>in-use</status>
            <macAddress>0e:6e:df:72:78:af</macAddress>
            <privateIpAddress>10.0.1.17</privateIpAddress>
            <privateDnsName>ip-10-0-1-17.ec2.internal</privateDnsName>
            <sourceDestCheck>true</sourceDestCheck>
            <interfaceType>interface</interfaceType>
            <groupSet>
                <item><groupId>sg-0web0000</groupId><groupName>web</groupName></item>
                <item><groupId>sg-0abc0000</groupId><groupName>base</groupName></item>
            </groupSet>
            <attachment>
                <attachmentId>eni-attach-66c4350a</attachmentId>
                <instanceId>i-1234567890abcdef0</instanceId>
                <instanceOwnerId>123456789012</instanceOwnerId>
                <deviceIndex>1</deviceIndex>
                <status>attached</status>
                <attachTime>2024-11-30T23:36:42.000Z</attachTime>
                <deleteOnTermination>false</deleteOnTermination>
            </attachment>
            <association>
                <publicIp>203.0.113.12</publicIp>
                <publicDnsName>ec2-203-0-113-12.compute-1.amazonaws.com</publicDnsName>
                <ipOwnerId>amazon</ipOwnerId>
            </association>
            <tagSet/>
        </item>
        """;

    public static string Enis(params string[] items) => $"<networkInterfaceSet>{string.Concat(items)}</networkInterfaceSet>";

    /// <summary>A bare ENI: detached, no public IP, in the given groups.</summary>
    public static string Eni(string id, params string[] groupIds) =>
        $"<item><networkInterfaceId>{id}</networkInterfaceId><subnetId>subnet-0a1b2c3d</subnetId><vpcId>vpc-0a1b2c3d</vpcId>" +
        "<status>available</status><privateIpAddress>10.0.2.9</privateIpAddress>" +
        $"<groupSet>{string.Concat(groupIds.Select(g => $"<item><groupId>{g}</groupId><groupName>n</groupName></item>"))}</groupSet></item>";

    /// <summary>An ENI attached to <paramref name="instanceId"/> (what the <c>attachment.instance-id</c> filter returns).</summary>
    public static string AttachedEni(string id, string instanceId, int deviceIndex = 1) =>
        $"<item><networkInterfaceId>{id}</networkInterfaceId><subnetId>subnet-0a1b2c3d</subnetId><vpcId>vpc-0a1b2c3d</vpcId>" +
        "<status>in-use</status><privateIpAddress>10.0.2.9</privateIpAddress><groupSet/>" +
        $"<attachment><attachmentId>eni-attach-{id[4..]}</attachmentId><instanceId>{instanceId}</instanceId><deviceIndex>{deviceIndex}</deviceIndex>" +
        "<status>attached</status></attachment></item>";

    public static string Page(string body, string? nextToken) =>
        nextToken is null ? body : $"{body}<nextToken>{nextToken}</nextToken>";

    public static string Group(string id, string name, string vpcId) =>
        $"<item><ownerId>123456789012</ownerId><groupId>{id}</groupId><groupName>{name}</groupName><groupDescription>d</groupDescription>" +
        $"<vpcId>{vpcId}</vpcId><ipPermissions/><ipPermissionsEgress/><tagSet/></item>";

    public static string Groups(params string[] items) => $"<securityGroupInfo>{string.Concat(items)}</securityGroupInfo>";

    public static string Rules(params string[] items) => $"<securityGroupRuleSet>{string.Concat(items)}</securityGroupRuleSet>";

    /// <summary>A rule; <paramref name="source"/> is the source element(s), e.g. <c>&lt;cidrIpv4&gt;0.0.0.0/0&lt;/cidrIpv4&gt;</c>.</summary>
    public static string Rule(string ruleId, string groupId, string protocol, int? from, int? to, string source, bool egress = false, string? description = null) =>
        $"<item><securityGroupRuleId>{ruleId}</securityGroupRuleId><groupId>{groupId}</groupId><groupOwnerId>123456789012</groupOwnerId>" +
        $"<isEgress>{(egress ? "true" : "false")}</isEgress><ipProtocol>{protocol}</ipProtocol>" +
        (from is null ? string.Empty : $"<fromPort>{from}</fromPort>") +
        (to is null ? string.Empty : $"<toPort>{to}</toPort>") +
        source +
        (description is null ? string.Empty : $"<description>{description}</description>") +
        "<tagSet/></item>";

    public static string VpcAttribute(string vpcId, string attribute, bool value) =>
        $"<vpcId>{vpcId}</vpcId><{attribute}><value>{(value ? "true" : "false")}</value></{attribute}>";

    public static string Vpc(string vpcId, string dhcpOptionsId) =>
        $"<vpcSet><item><vpcId>{vpcId}</vpcId><state>available</state><cidrBlock>10.0.0.0/16</cidrBlock>" +
        $"<dhcpOptionsId>{dhcpOptionsId}</dhcpOptionsId><instanceTenancy>default</instanceTenancy><isDefault>false</isDefault></item></vpcSet>";

    public static string DhcpOptions(string id, params (string Key, string[] Values)[] configurations) =>
        $"<dhcpOptionsSet><item><dhcpOptionsId>{id}</dhcpOptionsId><ownerId>123456789012</ownerId><dhcpConfigurationSet>" +
        string.Concat(configurations.Select(c =>
            $"<item><key>{c.Key}</key><valueSet>{string.Concat(c.Values.Select(v => $"<item><value>{v}</value></item>"))}</valueSet></item>")) +
        "</dhcpConfigurationSet><tagSet/></item></dhcpOptionsSet>";
}
