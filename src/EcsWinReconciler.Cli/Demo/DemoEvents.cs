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
    public static byte[] ModifyVpcAttribute(string vpcId, string attribute, DateTimeOffset at) => Encoding.UTF8.GetBytes($$$"""
        {"version":"0","id":"demo-trail-{{{at.ToUnixTimeSeconds()}}}","detail-type":"AWS API Call via CloudTrail","source":"aws.ec2",
         "account":"111122223333","time":"{{{Iso(at)}}}","region":"us-east-1","resources":[],
         "detail":{"eventVersion":"1.09","eventTime":"{{{Iso(at)}}}","eventSource":"ec2.amazonaws.com","eventName":"ModifyVpcAttribute",
                   "awsRegion":"us-east-1","sourceIPAddress":"198.51.100.24","userAgent":"aws-cli/2.22.4",
                   "requestParameters":{"vpcId":"{{{vpcId}}}","{{{attribute}}}":{"value":true}},
                   "responseElements":{"requestId":"demo","_return":true},
                   "eventType":"AwsApiCall","readOnly":false,"recipientAccountId":"111122223333"}}
        """);

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
