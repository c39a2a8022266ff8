using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Hosting;

public class ConcurrencyTests
{
    [Fact]
    public async Task Authorize_ManyDistinctRulesInParallel_EveryRuleAddedOnceWithUniqueIds()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = ScenarioIds.WebGroup,
            IpPermissions = [new IpPermission { IpProtocol = "tcp", FromPort = 10000 + i, ToPort = 10000 + i, Ipv4Ranges = [new IpRange { CidrIp = "10.0.0.0/16" }] }],
        })));

        var ids = responses.SelectMany(r => r.SecurityGroupRules).Select(r => r.SecurityGroupRuleId).ToList();
        Assert.Equal(40, ids.Distinct().Count());
        Assert.Equal(41, host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Count()));
        Assert.Equal(40, host.Admin.Writes().Count);
    }

    [Fact]
    public async Task Authorize_SameRuleInParallel_ExactlyOneWinsTheRestAreDuplicates()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            try
            {
                await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
                {
                    GroupId = ScenarioIds.WebGroup,
                    IpPermissions = [new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = [new IpRange { CidrIp = "10.0.0.0/16" }] }],
                });
                return "ok";
            }
            catch (AmazonEC2Exception e)
            {
                return e.ErrorCode;
            }
        }));

        Assert.Single(outcomes, o => o == "ok");
        Assert.Equal(15, outcomes.Count(o => o == "InvalidPermission.Duplicate"));
    }

    [Fact]
    public async Task StopTaskAndDescribe_InParallel_ServiceEndsWithTwoRunningTasksAndConsistentEnis()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var arns = host.State.Read(w => w.Tasks.Keys.ToList());

        var stops = arns.Select(a => wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{a}}"}"""));
        var reads = Enumerable.Range(0, 20).Select(_ => wire.EcsAsync("DescribeTasks", $$"""{"cluster":"win-prod","tasks":["{{arns[0]}}","{{arns[1]}}"]}"""));
        var results = await Task.WhenAll(stops.Concat(reads));

        Assert.All(results, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.Status));
        host.State.Read(w =>
        {
            var running = w.Tasks.Values.Where(t => t.LastStatus == "RUNNING").ToList();
            Assert.Equal(2, running.Count);
            Assert.All(running, t => Assert.True(w.NetworkInterfaces.ContainsKey(t.Eni!.NetworkInterfaceId!)));
            Assert.Equal(running.Count + 2, w.NetworkInterfaces.Count);
            return 0;
        });
    }
}
