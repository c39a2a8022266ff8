using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>
/// Each port's real adapter, driven method by method through the paths that add calls, sends exactly the IAM actions
/// it declares (src/EcsWinReconciler.Aws/Declarations), both ways (<see cref="PermissionCheck"/>). The EC2, ECS and SNS
/// calls are read from the sandbox's call log, the DynamoDB calls (with their table or index) from a wire tap.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class PermissionWireTests(DynaliteFixture dynamo)
{
    private const string GoneEni = "eni-0dead0000000beef0";

    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task NetworkObserver_EveryMethodAndPath_SendsExactlyWhatItDeclares()
    {
        await using var account = await WiredAccount.StartAsync(dynamo, "healthy");
        WorldPadding.AddWebGroupEnis(account.Sandbox.State, 1000);
        var eni = account.Sandbox.State.Read(w => w.Tasks.Values.First(t => !t.IsStopped && t.Eni?.NetworkInterfaceId is not null).Eni!.NetworkInterfaceId!);
        string[] present = [eni];
        string[] presentAndGone = [eni, GoneEni];
        string[] groups = [ScenarioIds.WebGroup, ScenarioIds.AlbGroup, "sg-0dead0000000beef0"];
        string[] webGroup = [ScenarioIds.WebGroup];
        string[] bothSubnets = [ScenarioIds.SubnetA, ScenarioIds.SubnetB];
        string[] hostA = [ScenarioIds.WindowsHostA];

        await account.CallAsync<INetworkObserver>(o => o.DescribeEnisAsync(present, Ct));
        var batch = await account.CallAsync<INetworkObserver, EniBatch>(o => o.DescribeEnisAsync(presentAndGone, Ct));
        await account.CallAsync<INetworkObserver>(o => o.DescribeSecurityGroupsAsync(groups, Ct));
        await account.CallAsync<INetworkObserver>(o => o.DescribeVpcDnsAsync(ScenarioIds.VpcId, Ct));
        var subnets = await account.CallAsync<INetworkObserver, IReadOnlyList<SubnetObservation>>(o => o.DescribeSubnetsAsync(bothSubnets, Ct));
        var capacity = await account.CallAsync<INetworkObserver, HostEniCapacity?>(o => o.DescribeHostCapacityAsync(ScenarioIds.WindowsHostA, Ct));
        var noHost = await account.CallAsync<INetworkObserver, HostEniCapacity?>(o => o.DescribeHostCapacityAsync("i-0dead0000000beef0", Ct));
        var counts = await account.CallAsync<INetworkObserver, IReadOnlyDictionary<string, int>>(o => o.CountEnisByGroupAsync(webGroup, Ct));
        var onHost = await account.CallAsync<INetworkObserver, IReadOnlyList<ObservedEni>>(o => o.DescribeEnisOnHostsAsync(hostA, Ct));

        // The paths that add calls were taken: the ENI-gone fallback, a second page, the host's ENI count.
        Assert.Equal([GoneEni], batch.Gone);
        Assert.Equal(2, Calls(account, 1, "ec2:DescribeNetworkInterfaces"));
        Assert.True(counts[ScenarioIds.WebGroup] > 1000);
        Assert.Equal(2, Calls(account, 7, "ec2:DescribeNetworkInterfaces"));
        Assert.NotNull(capacity);
        Assert.All(subnets, s => Assert.NotNull(s.Routes));
        Assert.Null(noHost);
        Assert.Contains(onHost, e => e.Attachment?.InstanceId == ScenarioIds.WindowsHostA);
        WireAssert.AsDeclared(account, nameof(INetworkObserver));
    }

    [Fact]
    public async Task TaskSource_EveryMethodAndPath_SendsExactlyWhatItDeclares()
    {
        await using var account = await WiredAccount.StartAsync(dynamo, "healthy");
        WorldPadding.AddRunningIisTasks(account.Sandbox.State, 120);
        var cluster = account.ClusterArn;
        var iis = account.Sandbox.State.Read(w => w.Tasks.Values.Where(t => t.ServiceName == ScenarioIds.ServiceName && !t.IsStopped).ToList());
        string[] tasks = [.. iis.Select(t => t.Arn), cluster.Replace(":cluster/", ":task/", StringComparison.Ordinal) + "/0dead0000000beef00000000000000000"];
        string[] hosts = [.. iis.Select(t => t.ContainerInstanceArn).Distinct()];
        var definition = iis[0].TaskDefinitionArn;

        var running = await account.CallAsync<ITaskSource, int>(t => CountAsync(t.ListRunningTaskArnsAsync(cluster, ScenarioIds.Family, Ct)));
        var described = await account.CallAsync<ITaskSource, IReadOnlyList<ObservedTask>>(t => t.DescribeTasksAsync(cluster, tasks, Ct));
        await account.CallAsync<ITaskSource>(t => t.DescribeTaskDefinitionAsync(definition, Ct));
        await account.CallAsync<ITaskSource>(t => t.DescribeTaskDefinitionAsync(definition, Ct));
        await account.CallAsync<ITaskSource>(t => t.DescribeContainerInstancesAsync(cluster, hosts, Ct));
        var service = await account.CallAsync<ITaskSource, ObservedService?>(t => t.DescribeServiceAsync(cluster, ScenarioIds.ServiceName, Ct));
        var noService = await account.CallAsync<ITaskSource, ObservedService?>(t => t.DescribeServiceAsync(cluster, "no-such-service", Ct));

        Assert.Equal(iis.Count + 120, running);
        Assert.Equal(2, Calls(account, 0, "ecs:ListTasks"));
        Assert.Equal(iis.Count, described.Count);
        Assert.Equal(0, Calls(account, 3, "ecs:DescribeTaskDefinition"));
        Assert.NotNull(service);
        Assert.Null(noService);
        WireAssert.AsDeclared(account, nameof(ITaskSource));
    }

    [Fact]
    public async Task NetworkActuator_DryRunThenReal_SendsExactlyWhatItDeclaresWhenItDeclaresIt()
    {
        await using var account = await WiredAccount.StartAsync(dynamo, "rdp-open+dns-hostnames-off");
        var cluster = account.ClusterArn;
        var (rdpRule, task) = account.Sandbox.State.Read(w => (
            w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Single(r => r.FromPort == 3389).RuleId,
            w.Tasks.Values.First(t => t.ServiceName == ScenarioIds.ServiceName && !t.IsStopped).Arn));
        RemediationAction[] actions =
        [
            new RevokeIngressRule(ScenarioIds.WebGroup, rdpRule, new IngressPermission(IpProtocol.Tcp, PortRange.Single(3389), RuleSource.FromCidr(Cidr.AnyIPv4))),
            new AuthorizeIngressRule(ScenarioIds.WebGroup, new IngressPermission(IpProtocol.Tcp, PortRange.Single(443), RuleSource.FromGroup(ScenarioIds.AlbGroup))),
            new EnableVpcAttribute(ScenarioIds.VpcId, Core.Drift.VpcAttribute.EnableDnsHostnames),
            new UpdateServiceNetwork(cluster, ScenarioIds.ServiceName, [ScenarioIds.SubnetA, ScenarioIds.SubnetB], [ScenarioIds.WebGroup], false),
            new ReplaceTask(cluster, task, "permission wire test"),
        ];

        // The baseline tags what the reconciler manages: every target is in scope (each read once, VPC and task included).
        foreach (var action in actions)
        {
            Assert.Null(await account.CallAsync<INetworkActuator, string?>(a => a.WhyOutOfScopeAsync(action, Ct)));
        }

        var outcomes = new List<(bool DryRun, ActionOutcome Outcome)>();
        foreach (var dryRun in new[] { true, false })
        {
            foreach (var action in actions)
            {
                outcomes.Add((dryRun, await account.CallAsync<INetworkActuator, ActionOutcome>(a => a.ExecuteAsync(action, dryRun, Ct))));
            }
        }

        Assert.All(outcomes.Where(o => o.DryRun), o => Assert.Equal(ActionResult.WouldApply, o.Outcome.Result));
        Assert.All(outcomes.Where(o => !o.DryRun), o => Assert.Contains(o.Outcome.Result, new[] { ActionResult.Applied, ActionResult.AlreadyDone }));
        Assert.Equal(["ec2:RevokeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupIngress"], account.Recordings.Where(r => r.DryRun).SelectMany(r => r.Calls).Select(c => c.Action));
        WireAssert.AsDeclared(account, nameof(INetworkActuator));
    }

    [Fact]
    public async Task AlertSink_Publish_SendsExactlyWhatItDeclares()
    {
        await using var account = await WiredAccount.StartAsync(dynamo, "healthy");
        var message = new Core.Alerting.AlertMessage("OPEN critical sg.forbidden-ingress", "RDP is open", [new("severity", "critical")], "alert-1-opened");

        await account.CallAsync<IAlertSink>(s => s.PublishAsync(message, Ct));

        Assert.Single(account.Sandbox.Admin.PublishedMessages());
        WireAssert.AsDeclared(account, nameof(IAlertSink));
    }

    /// <summary>Calls of <paramref name="action"/> in the <paramref name="index"/>-th recording.</summary>
    private static int Calls(WiredAccount account, int index, string action) => account.Recordings[index].Calls.Count(c => c.Action == action);

    private static async Task<int> CountAsync(IAsyncEnumerable<IReadOnlyList<string>> pages)
    {
        var count = 0;
        await foreach (var page in pages)
        {
            count += page.Count;
        }

        return count;
    }
}
