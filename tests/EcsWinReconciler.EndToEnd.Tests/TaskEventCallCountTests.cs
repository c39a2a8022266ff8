using System.Text;
using System.Text.Json;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Runtime;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.TestSupport.Dynamo;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Pins what one task-state event costs in AWS calls, through the Lambda's own handler on the real adapters (sandbox for
/// EC2/ECS/SNS, dynalite for DynamoDB). A change that adds a call to the warm path fails here, not in a bill.
/// Counts only, never time.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class TaskEventCallCountTests(DynaliteFixture dynamo)
{
    [Fact]
    public async Task FirstEvent_ColdProcess_ReadsEachFactOnce()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        var (handler, counter) = Handler(account);
        var running = RunningEvents(account)[0];

        var calls = await counter.DuringAsync(() => InvokeAsync(handler, account, running.Json));

        string[] expected =
        [
            "dynamodb:GetItem", // the task's previous status (none yet: remembered as absent, so the put needs no read)
            "dynamodb:PutItem", // its first status, conditional on the event version
            "dynamodb:Scan", // the spec list, then kept for DynamoSpecStore.DefaultListMaxAge
            "ec2:DescribeDhcpOptions", // the VPC's DHCP options (DNS servers, domain name)
            "ec2:DescribeInstanceTypes", // the host type's ENI limit
            "ec2:DescribeInstances", // the host's type
            "ec2:DescribeNetworkAcls", // the subnets' network ACL, by association (issue 12: the path to DNS and the DCs)
            "ec2:DescribeNetworkInterfaces", // the ENIs attached to the task's host: its own, and the count for the host's capacity (EniReadPlan)
            "ec2:DescribeRouteTables", // the subnets' explicit route tables: none here, so …
            "ec2:DescribeRouteTables", // … the VPC's main table
            "ec2:DescribeSecurityGroupRules", // the rules of the ENI's groups, ingress and egress
            "ec2:DescribeSecurityGroups", // the ENI's groups
            "ec2:DescribeSubnets", // the spec's subnets: free addresses, VPC (all four subnet reads kept a minute)
            "ec2:DescribeVpcAttribute", // enableDnsSupport (one attribute per call)
            "ec2:DescribeVpcAttribute", // enableDnsHostnames
            "ec2:DescribeVpcs", // the VPC's DHCP option set id
            "ec2:DescribeVpcs", // the VPC's CIDR block, for the subnet reads (the VPC resolver is its base + 2)
            "ecs:DescribeContainerInstances", // Windows from the agent's attributes: the seed's task definition has no runtimePlatform
            "ecs:DescribeTaskDefinition", // network mode and platform of the revision, kept for the life of the process
            "route53resolver:ListResolverRuleAssociations", // the spec declares domain controllers: the VPC's forwarding rules (only the autodefined one here, not read further)
        ];
        Assert.Equal(expected, calls);
    }

    [Fact]
    public async Task NextEvent_WarmAndNothingChanged_OnlyTheEniIsRead()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        var (handler, counter) = Handler(account);
        var running = await WarmUpAsync(handler, account);

        var calls = await counter.DuringAsync(() => InvokeAsync(handler, account, WithVersion(running.Json, running.Version + 1)));

        Assert.Equal(["ec2:DescribeNetworkInterfaces"], calls);
    }

    [Fact]
    public async Task SameEventAgain_Warm_NoCallAtAll()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        var (handler, counter) = Handler(account);
        var running = await WarmUpAsync(handler, account);

        var calls = await counter.DuringAsync(() => InvokeAsync(handler, account, running.Json));

        Assert.Empty(calls);
    }

    [Fact]
    public async Task NextEvent_WarmAndTheEniDrifted_TheEniReadAndOneConditionalWrite()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        var (handler, counter) = Handler(account);
        var running = await WarmUpAsync(handler, account);
        account.Sandbox.State.Write(w => w.NetworkInterfaces[EniOf(w, running.TaskArn)].Description = "edited by hand");

        var calls = await counter.DuringAsync(() => InvokeAsync(handler, account, WithVersion(running.Json, running.Version + 1)));

        Assert.Equal(["dynamodb:PutItem", "ec2:DescribeNetworkInterfaces"], calls);
        var status = await account.Ports.Status.GetAsync(running.TaskArn, CancellationToken.None);
        Assert.Contains(status!.Findings, f => f.Check == Core.Drift.CheckIds.EniDescription);
    }

    [Fact]
    public async Task ApiCallsMetric_ColdWarmAndRepeatedEvents_EqualsTheCallsTheAccountSaw()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        using var metrics = new StringWriter();
        var (handler, counter) = Handler(account, metrics);
        var running = RunningEvents(account)[0];

        var cold = await counter.DuringAsync(() => InvokeAsync(handler, account, running.Json));
        Assert.Equal(cold.Count, LastApiCalls(metrics));
        var warm = await counter.DuringAsync(() => InvokeAsync(handler, account, WithVersion(running.Json, running.Version + 1)));
        Assert.Equal(warm.Count, LastApiCalls(metrics));
        var repeated = await counter.DuringAsync(() => InvokeAsync(handler, account, WithVersion(running.Json, running.Version + 1)));
        Assert.Equal(repeated.Count, LastApiCalls(metrics));

        Assert.True(cold.Count > warm.Count, $"cold {cold.Count}, warm {warm.Count}: the warm caches should save calls");
    }

    /// <summary>The ApiCalls value of the last EMF line the function wrote.</summary>
    private static long LastApiCalls(StringWriter metrics)
    {
        var line = metrics.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        return JsonDocument.Parse(line).RootElement.GetProperty("ApiCalls").GetInt64();
    }

    /// <summary>Every IIS task's RUNNING event once (all hosts, groups, the VPC and the specs are then cached); returns the last.</summary>
    private static async Task<TaskStateChangeEvent> WarmUpAsync(IInvocationHandler handler, LocalAccount account)
    {
        var events = RunningEvents(account);
        foreach (var e in events)
        {
            await InvokeAsync(handler, account, e.Json);
        }

        return events[^1];
    }

    private static (IInvocationHandler Handler, ApiCallCounter Counter) Handler(LocalAccount account, TextWriter? metrics = null)
    {
        var settings = new FunctionSettings
        {
            Function = FunctionKind.TaskState,
            Deployment = new() { SpecsTable = account.Tables.Specs, StateTable = account.Tables.State, AlertTopicArn = ScenarioIds.TopicArn },
        };
        var handler = InvocationHandlerFactory.Create(settings, AwsPortsFactory.PortsOf(account.Backend), account.Time, NullLoggerFactory.Instance, metrics ?? TextWriter.Null);
        return (handler, new ApiCallCounter(account.Sandbox, account.Backend.DynamoDb));
    }

    private static IReadOnlyList<TaskStateChangeEvent> RunningEvents(LocalAccount account) =>
        [.. account.Sandbox.Admin.Events().Where(e => e.LastStatus == "RUNNING").GroupBy(e => e.TaskArn).Select(g => g.Last())];

    private static async Task InvokeAsync(IInvocationHandler handler, LocalAccount account, string json)
    {
        var invocation = new LambdaInvocation("req", account.Time.GetUtcNow().AddMinutes(1), null, null, Encoding.UTF8.GetBytes(json));
        using var response = JsonDocument.Parse(await handler.HandleAsync(invocation, CancellationToken.None));
        Assert.Equal("reconciled", response.RootElement.GetProperty("status").GetString());
        Assert.Equal(0, response.RootElement.GetProperty("failed").GetInt32());
    }

    /// <summary>The same event as ECS would send it for the task's next change (only <c>detail.version</c> grows).</summary>
    private static string WithVersion(string json, long version)
    {
        var envelope = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        envelope["detail"]!["version"] = version;
        return envelope.ToJsonString();
    }

    private static string EniOf(SandboxWorld world, string taskArn) => world.Tasks.Values.Single(t => t.Arn == taskArn).Eni!.NetworkInterfaceId!;
}
