using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// A person tightens the subnets' ACL to a Linux reply range with the EC2 API, and CloudTrail's record of it reaches the
/// api-change function: the ACL read kept for a minute is dropped by the ACL's id, so the very next reconcile sees the edit
/// and opens one alert per path check, rooted at the ACL. When the person puts the ACL back, the next CloudTrail record
/// resolves both — and nothing in between resolves them while the ACL still drops the replies.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class AclEditTests(DynaliteFixture dynamo)
{
    private static readonly string Acl = VpcEdits.DefaultAclId(ScenarioIds.VpcId);

    [Fact]
    public async Task LinuxReplyRangeOnTheAcl_ApiChangeOpensOneAlertPerPathCheck_PuttingItBackResolvesThem()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        using var taskState = new LocalFunction(account, FunctionKind.TaskState);
        using var apiChange = new LocalFunction(account, FunctionKind.ApiChange);
        using var ec2 = new AwsClientFactory(account.Settings).CreateEc2Client();
        foreach (var e in account.Sandbox.Admin.Events().Where(e => e.LastStatus == "RUNNING"))
        {
            await taskState.InvokeAsync(e.Json);
        }

        Assert.Empty(account.Subjects());

        await SetInboundAsync(ec2, 100, "tcp", new PortRange { From = 32768, To = 60999 });
        await Reconciled(apiChange.InvokeAsync(CloudTrail("ReplaceNetworkAclEntry", account.Time.GetUtcNow())));

        var opened = account.Subjects();
        Assert.Single(opened, s => s.Contains($"OPEN high {CheckIds.DnsPath} ", StringComparison.Ordinal));
        Assert.Single(opened, s => s.Contains($"OPEN high {CheckIds.AdPath} ", StringComparison.Ordinal));
        Assert.All(opened, s => Assert.Contains(Acl, s, StringComparison.Ordinal));
        Assert.Equal(2, opened.Count);

        // Half a fix (TCP replies back, UDP still limited): DNS over UDP still fails, so nothing resolves.
        await SetInboundAsync(ec2, 90, "tcp", new PortRange { From = 49152, To = 65535 }, create: true);
        await Reconciled(apiChange.InvokeAsync(CloudTrail("CreateNetworkAclEntry", account.Time.GetUtcNow())));
        Assert.DoesNotContain(account.Subjects(), s => s.Contains("RESOLVED", StringComparison.Ordinal));

        await SetInboundAsync(ec2, 100, "-1", ports: null);
        await Reconciled(apiChange.InvokeAsync(CloudTrail("ReplaceNetworkAclEntry", account.Time.GetUtcNow())));

        var resolved = account.Subjects().Skip(opened.Count).ToList();
        Assert.Single(resolved, s => s.Contains("RESOLVED", StringComparison.Ordinal) && s.Contains($" {CheckIds.DnsPath} ", StringComparison.Ordinal));
        Assert.Single(resolved, s => s.Contains("RESOLVED", StringComparison.Ordinal) && s.Contains($" {CheckIds.AdPath} ", StringComparison.Ordinal));
        Assert.Equal(2, resolved.Count);
        Assert.All(account.MutatingCalls(), c => Assert.EndsWith("NetworkAclEntry", c, StringComparison.Ordinal));
    }

    private static async Task Reconciled(Task<System.Text.Json.JsonElement> invocation)
    {
        var response = await invocation;
        Assert.Equal(("reconciled", 0), (response.Status(), response.Count("failed")));
    }

    /// <summary>An inbound entry allowing the protocol and ports from anywhere, created or replaced, as a person would.</summary>
    private static Task SetInboundAsync(IAmazonEC2 ec2, int ruleNumber, string protocol, PortRange? ports, bool create = false) =>
        create
            ? ec2.CreateNetworkAclEntryAsync(new CreateNetworkAclEntryRequest
            {
                NetworkAclId = Acl, RuleNumber = ruleNumber, Egress = false, Protocol = protocol, RuleAction = RuleAction.Allow, CidrBlock = "0.0.0.0/0", PortRange = ports,
            })
            : ec2.ReplaceNetworkAclEntryAsync(new ReplaceNetworkAclEntryRequest
            {
                NetworkAclId = Acl, RuleNumber = ruleNumber, Egress = false, Protocol = protocol, RuleAction = RuleAction.Allow, CidrBlock = "0.0.0.0/0", PortRange = ports,
            });

    /// <summary>What CloudTrail records for an ACL entry edit, as EventBridge delivers it (only the fields the mapping reads vary).</summary>
    private static string CloudTrail(string eventName, DateTimeOffset at) => $$$"""
        {"version":"0","id":"acl-edit-{{{at.ToUnixTimeMilliseconds()}}}-{{{eventName}}}","detail-type":"AWS API Call via CloudTrail","source":"aws.ec2",
         "account":"111122223333","time":"{{{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}}","region":"us-east-1","resources":[],
         "detail":{"eventVersion":"1.09","eventTime":"{{{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}}","eventSource":"ec2.amazonaws.com","eventName":"{{{eventName}}}",
                   "awsRegion":"us-east-1","sourceIPAddress":"198.51.100.24","userAgent":"aws-cli/2.22.4",
                   "requestParameters":{"networkAclId":"{{{Acl}}}","ruleNumber":100,"egress":false,"ruleAction":"allow","icmpTypeCode":{},"aclProtocol":"6","cidrBlock":"0.0.0.0/0"},
                   "responseElements":{"requestId":"acl-edit","_return":true},
                   "eventType":"AwsApiCall","readOnly":false,"recipientAccountId":"111122223333"}}
        """;
}
