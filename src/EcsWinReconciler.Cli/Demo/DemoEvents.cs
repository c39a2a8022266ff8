using System.Globalization;
using System.Text;

namespace EcsWinReconciler.Cli.Demo;

/// <summary>The EventBridge events the demo feeds the functions besides the sandbox's own task-state events.</summary>
internal static class DemoEvents
{
    public static byte[] Schedule(DateTimeOffset at) => Encoding.UTF8.GetBytes($$$"""
        {"version":"0","id":"demo-resync-{{{at.ToUnixTimeSeconds()}}}","detail-type":"Scheduled Event","source":"aws.events",
         "account":"111122223333","time":"{{{Iso(at)}}}","region":"us-east-1",
         "resources":["arn:aws:events:us-east-1:111122223333:rule/ewr-demo-resync"],"detail":{}}
        """);

    /// <summary>What CloudTrail records when a person turns a VPC attribute on (AWS CLI: ec2 modify-vpc-attribute).</summary>
    public static byte[] ModifyVpcAttribute(string vpcId, string attribute, DateTimeOffset at) =>
        CloudTrail("ModifyVpcAttribute", attribute, $$$"""{"vpcId":"{{{vpcId}}}","{{{attribute}}}":{"value":true}}""", at);

    /// <summary>ec2 associate-dhcp-options, as CloudTrail records it.</summary>
    public static byte[] AssociateDhcpOptions(string optionsId, string vpcId, DateTimeOffset at) =>
        CloudTrail("AssociateDhcpOptions", optionsId, $$$"""{"dhcpOptionsId":"{{{optionsId}}}","vpcId":"{{{vpcId}}}"}""", at);

    /// <summary>ec2 create- or replace-network-acl-entry (inbound), as CloudTrail records it: the ACL is what the function reads.</summary>
    public static byte[] AclEntry(string eventName, string aclId, int ruleNumber, string protocolNumber, int from, int to, DateTimeOffset at) =>
        CloudTrail(eventName, $"{aclId}-{ruleNumber}", $$$"""
            {"networkAclId":"{{{aclId}}}","ruleNumber":{{{ruleNumber}}},"egress":false,"ruleAction":"allow","icmpTypeCode":{},"portRange":{"from":{{{from}}},"to":{{{to}}}},"aclProtocol":"{{{protocolNumber}}}","cidrBlock":"0.0.0.0/0"}
            """, at);

    // The id names the call and what it changed: two edits in the same second are two events, not a redelivery.
    private static byte[] CloudTrail(string eventName, string what, string requestParameters, DateTimeOffset at) => Encoding.UTF8.GetBytes($$$"""
        {"version":"0","id":"demo-trail-{{{at.ToUnixTimeMilliseconds()}}}-{{{eventName}}}-{{{what}}}","detail-type":"AWS API Call via CloudTrail","source":"aws.ec2",
         "account":"111122223333","time":"{{{Iso(at)}}}","region":"us-east-1","resources":[],
         "detail":{"eventVersion":"1.09","eventTime":"{{{Iso(at)}}}","eventSource":"ec2.amazonaws.com","eventName":"{{{eventName}}}",
                   "awsRegion":"us-east-1","sourceIPAddress":"198.51.100.24","userAgent":"aws-cli/2.22.4",
                   "requestParameters":{{{requestParameters}}},
                   "responseElements":{"requestId":"demo","_return":true},
                   "eventType":"AwsApiCall","readOnly":false,"recipientAccountId":"111122223333"}}
        """);

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
