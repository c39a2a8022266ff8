namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>Response bodies for the subnet reads (DescribeSubnets, DescribeNetworkAcls, DescribeRouteTables, DescribeVpcs), element names as botocore's locationNames.</summary>
internal static class SubnetXml
{
    public const string SubnetId = "subnet-0a1b2c3d";
    public const string VpcId = "vpc-0a1b2c3d";
    public const string AclId = "acl-0a1b2c3d";
    public const string MainTableId = "rtb-0main0000";

    public static string Subnets(int free) =>
        $"<subnetSet><item><subnetId>{SubnetId}</subnetId><vpcId>{VpcId}</vpcId><cidrBlock>10.0.0.0/24</cidrBlock><availableIpAddressCount>{free}</availableIpAddressCount><availabilityZone>us-east-1a</availabilityZone><state>available</state></item></subnetSet>";

    /// <summary>An ACL written for Linux: inbound 32768–60999 allowed, everything else denied; outbound all.</summary>
    public static string LinuxAcl =
        $"<networkAclSet><item><networkAclId>{AclId}</networkAclId><vpcId>{VpcId}</vpcId><default>false</default><entrySet>" +
        "<item><ruleNumber>110</ruleNumber><protocol>17</protocol><ruleAction>allow</ruleAction><egress>false</egress><cidrBlock>0.0.0.0/0</cidrBlock><portRange><from>32768</from><to>60999</to></portRange></item>" +
        "<item><ruleNumber>32767</ruleNumber><protocol>-1</protocol><ruleAction>deny</ruleAction><egress>false</egress><cidrBlock>0.0.0.0/0</cidrBlock></item>" +
        "<item><ruleNumber>100</ruleNumber><protocol>-1</protocol><ruleAction>allow</ruleAction><egress>true</egress><cidrBlock>0.0.0.0/0</cidrBlock></item>" +
        "<item><ruleNumber>140</ruleNumber><protocol>-1</protocol><ruleAction>allow</ruleAction><egress>true</egress><ipv6CidrBlock>::/0</ipv6CidrBlock></item>" +
        $"</entrySet><associationSet><item><networkAclAssociationId>aclassoc-0a1b2c3d</networkAclAssociationId><networkAclId>{AclId}</networkAclId><subnetId>{SubnetId}</subnetId></item></associationSet></item></networkAclSet>";

    public const string NoTables = "<routeTableSet/>";

    /// <summary>The VPC's main table: local, a transit gateway route and a peering route whose connection is gone.</summary>
    public static string MainTable =
        $"<routeTableSet><item><routeTableId>{MainTableId}</routeTableId><vpcId>{VpcId}</vpcId><routeSet>" +
        "<item><destinationCidrBlock>10.0.0.0/16</destinationCidrBlock><gatewayId>local</gatewayId><state>active</state><origin>CreateRouteTable</origin></item>" +
        "<item><destinationCidrBlock>10.20.0.0/16</destinationCidrBlock><transitGatewayId>tgw-0a1b2c3d</transitGatewayId><state>active</state><origin>CreateRoute</origin></item>" +
        "<item><destinationCidrBlock>10.30.0.0/16</destinationCidrBlock><vpcPeeringConnectionId>pcx-0a1b2c3d</vpcPeeringConnectionId><state>blackhole</state><origin>CreateRoute</origin></item>" +
        $"</routeSet><associationSet><item><main>true</main><routeTableAssociationId>rtbassoc-0a1b2c3d</routeTableAssociationId><routeTableId>{MainTableId}</routeTableId></item></associationSet></item></routeTableSet>";

    public static string Vpc = $"<vpcSet><item><vpcId>{VpcId}</vpcId><cidrBlock>10.0.0.0/16</cidrBlock><dhcpOptionsId>default</dhcpOptionsId></item></vpcSet>";
}
