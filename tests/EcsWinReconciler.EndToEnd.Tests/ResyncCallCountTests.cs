using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.TestSupport.Dynamo;
using Xunit.Abstractions;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 17: pins what a resync of a known, healthy fleet costs on the real adapters (sandbox, dynalite): ListTasks and the
/// ENIs, no DescribeTasks for tasks whose stored facts their ENI bears out, no status read or write per task. Counts only,
/// never time. The resync runs 15 minutes after the first, as scheduled, so every kept read has expired. The twelve-hourly
/// confirmation of stored facts by ECS is turned off so the count is exact (StoredFactsTrustTests covers it).
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class ResyncCallCountTests(DynaliteFixture dynamo, ITestOutputHelper output)
{
    private const int Tasks = 40;

    /// <summary>The resync function's batch size, and stored facts never due for confirmation.</summary>
    private static readonly ReconcilerOptions AsDeployed = ReconcilerOptions.Default with
    {
        BatchSize = InvocationHandlerFactory.SelectionBatchSize,
        StoredFactsConfirmWindow = TimeSpan.Zero,
    };

    [Fact]
    public async Task KnownHealthyFleet_NextScheduledResync_NoDescribeTasksNoStatusReadOrWrite()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        Fleet.GrowIis(account.Sandbox, Tasks);
        var counter = new ApiCallCounter(account.Sandbox, account.Backend.DynamoDb);
        await account.ScheduledResyncAsync(AsDeployed);
        account.Time.Advance(TimeSpan.FromMinutes(15));

        var calls = await counter.DuringAsync(() => account.ScheduledResyncAsync(AsDeployed));

        output.WriteLine(string.Join("\n", calls.GroupBy(c => c, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}")));
        Assert.DoesNotContain("ecs:DescribeTasks", calls);
        string[] expected =
        [
            "dynamodb:GetItem", // where the sweep stopped last time
            "dynamodb:PutItem", // where it stopped this time
            "dynamodb:Query", // the statuses of each of the specs' three selections, a page each: no read per task
            "dynamodb:Query",
            "dynamodb:Query",
            "dynamodb:Scan", // the spec list (kept 30 s)
            "ec2:DescribeDhcpOptions", // the VPC's DHCP options (kept a minute, as every VPC, group and subnet read below)
            "ec2:DescribeInstances", // the hosts' types (kept 10 minutes)
            "ec2:DescribeNetworkAcls", // the subnets' ACL
            "ec2:DescribeNetworkInterfaces", // every ENI on the fleet's hosts: the tasks' own (bearing out their stored facts) and the hosts' counts
            "ec2:DescribeRouteTables", // the subnets' explicit route tables, then the VPC's main one
            "ec2:DescribeRouteTables",
            "ec2:DescribeSecurityGroupRules", // the ENIs' groups and their rules
            "ec2:DescribeSecurityGroups",
            "ec2:DescribeSubnets", // the spec's subnets
            "ec2:DescribeVpcAttribute", // enableDnsSupport, enableDnsHostnames
            "ec2:DescribeVpcAttribute",
            "ec2:DescribeVpcs", // the VPC's DHCP option set, its CIDR
            "ec2:DescribeVpcs",
            "ecs:DescribeContainerInstances", // the hosts' agents (kept 10 minutes)
            "ecs:DescribeServices", // the service's rollout: a sweep looks at every service once
            "ecs:ListTasks", // the cluster's running tasks, one page: each still wanted running
            "route53resolver:ListResolverRuleAssociations", // the VPC's forwarding rules (the spec declares domain controllers)
        ];
        Assert.Equal(expected, calls);
    }

    [Fact]
    public async Task NewFleet_FirstResync_StatusesListedPerSelection_OneWritePerTaskAndNoReadPerTask()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        Fleet.GrowIis(account.Sandbox, Tasks);
        var counter = new ApiCallCounter(account.Sandbox, account.Backend.DynamoDb);

        var calls = await counter.DuringAsync(() => account.ScheduledResyncAsync(AsDeployed));

        output.WriteLine(string.Join("\n", calls.GroupBy(c => c, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}")));
        Assert.Equal(1, calls.Count(c => c == "dynamodb:GetItem")); // the sweep's cursor, never a status
        Assert.Equal(Tasks + 1, calls.Count(c => c == "dynamodb:PutItem")); // each task's first status, and the cursor
        Assert.Equal(3, calls.Count(c => c == "dynamodb:Query")); // the specs' three selections, listed (empty) once each
        Assert.Equal(1, calls.Count(c => c == "ecs:DescribeTasks")); // 40 new tasks, one call
        Assert.Equal(1, calls.Count(c => c == "ec2:DescribeNetworkInterfaces")); // their ENIs and the hosts' counts, one read
        Assert.Equal(Tasks + 26, calls.Count);
    }

    /// <summary>
    /// A first resync that runs longer than the adapter keeps a host's ENI count (30 s): every batch after that used to
    /// ask EC2 again, host by host (779 DescribeNetworkInterfaces on a 10,000-task fleet, docs/PERFORMANCE.md). A host is
    /// read once per run, however long the run: the fake clock moves 31 s at every status write, so each batch finds the
    /// previous batch's reads expired. So is the run's status listing: no status is read before its write (27 of 28 were).
    /// </summary>
    [Fact]
    public async Task NewFleet_FirstResyncLongerThanTheHostCountIsKept_EachHostReadOncePerRun()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        Fleet.GrowIis(account.Sandbox, 28); // 2 hosts, 14 tasks each
        var counter = new ApiCallCounter(account.Sandbox, account.Backend.DynamoDb);
        ((Amazon.Runtime.AmazonServiceClient)account.Backend.DynamoDb).BeforeRequestEvent += (_, e) =>
        {
            if (e is Amazon.Runtime.WebServiceRequestEventArgs { Request: Amazon.DynamoDBv2.Model.PutItemRequest })
            {
                account.Time.Advance(TimeSpan.FromSeconds(31));
            }
        };

        var calls = await counter.DuringAsync(() => account.ScheduledResyncAsync(AsDeployed with { BatchSize = 7 }));

        output.WriteLine(string.Join("\n", calls.GroupBy(c => c, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}")));
        Assert.Equal(28 + 1, calls.Count(c => c == "dynamodb:PutItem")); // four batches ran, minutes apart on the fake clock
        Assert.Equal(1, calls.Count(c => c == "dynamodb:GetItem")); // the sweep's cursor: each new task written as its listing showed, never read first
        // The first batch may show one host or both: a host's ENIs, and its type, are read with the first batch it is in.
        Assert.InRange(calls.Count(c => c == "ec2:DescribeNetworkInterfaces"), 1, 2);
        Assert.InRange(calls.Count(c => c == "ec2:DescribeInstances"), 1, 2);
    }
}
