using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Faults;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Faults;

public class FaultInjectionTests
{
    [Fact]
    public async Task Throttle_Ec2NextTwoCalls_RequestLimitExceeded503ThenNormal()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);
        host.Faults.Throttle("ec2", "DescribeNetworkInterfaces", times: 2);

        var errors = new List<AmazonEC2Exception>();
        for (var i = 0; i < 2; i++)
        {
            errors.Add(await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest())));
        }

        var third = await ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest());
        Assert.All(errors, e => Assert.Equal(("RequestLimitExceeded", HttpStatusCode.ServiceUnavailable), (e.ErrorCode, e.StatusCode)));
        Assert.NotEmpty(third.NetworkInterfaces);
        Assert.Equal(3, host.Calls.Count("ec2", "DescribeNetworkInterfaces"));
        Assert.Equal(["RequestLimitExceeded", "RequestLimitExceeded", null], host.Calls.Records().Select(r => r.ErrorCode));
    }

    [Fact]
    public async Task Throttle_SdkWithRetries_RecoversAfterTheThrottledCalls()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host, retries: 3);
        host.Faults.Throttle("ec2", "DescribeSecurityGroups", times: 2);

        var response = await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [ScenarioIds.WebGroup] });

        Assert.Single(response.SecurityGroups);
        Assert.Equal(3, host.Calls.Count("ec2", "DescribeSecurityGroups"));
    }

    [Fact]
    public async Task Throttle_Ecs_ThrottlingException400()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        host.Faults.Throttle("ecs", "ListTasks");

        var (status, body) = await wire.EcsAsync("ListTasks", """{"cluster":"win-prod"}""");
        var (again, _) = await wire.EcsAsync("ListTasks", """{"cluster":"win-prod"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ThrottlingException", body.GetProperty("__type").GetString());
        Assert.Equal(HttpStatusCode.OK, again);
    }

    [Fact]
    public async Task Throttle_Sns_ThrottlingAndNothingPublished()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        host.Faults.Throttle("sns");

        var (status, body) = await wire.SnsAsync(("Action", "Publish"), ("TopicArn", ScenarioIds.TopicArn), ("Message", "m"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Throttling", body.Descendants().Single(e => e.Name.LocalName == "Code").Value);
        Assert.Empty(host.Admin.PublishedMessages());
    }

    [Fact]
    public async Task ServerError_Ec2_InternalError500()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);
        host.Faults.ServerError("ec2", "DescribeVpcs");

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeVpcsAsync(new DescribeVpcsRequest()));

        Assert.Equal(("InternalError", HttpStatusCode.InternalServerError), (error.ErrorCode, error.StatusCode));
    }

    [Fact]
    public async Task ServerError_Ecs503_ServerException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        host.Faults.ServerError("ecs", null, status: 503);

        var (status, body) = await wire.EcsAsync("DescribeServices", """{"cluster":"win-prod","services":["iis-webserver"]}""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("ServerException", body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task Latency_OnTheSandboxClock_AnswerWaitsUntilTheClockMoves()
    {
        var clock = TestClock.Create();
        await using var host = await SandboxHost.StartAsync("healthy", new SandboxOptions { TimeProvider = clock });
        using var wire = new WireCalls(host);
        host.Faults.Latency("ecs", "ListTasks", TimeSpan.FromSeconds(5), times: 1);

        var call = wire.EcsAsync("ListTasks", """{"cluster":"win-prod"}""");
        for (var i = 0; i < 3000 && !call.IsCompleted; i++)
        {
            // Moves the fake clock a second at a time until the parked request is released.
            await Task.Delay(10);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var (status, _) = await call;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(clock.GetUtcNow() - TestClock.Start >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task DeleteEniAfterCalls_Two_GoneBetweenTheSecondAndThirdCall()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);
        var eniId = host.State.Read(w => w.Tasks.Values.First().Eni!.NetworkInterfaceId!);
        host.Faults.DeleteEniAfterCalls(eniId, 2);
        var request = new DescribeNetworkInterfacesRequest { NetworkInterfaceIds = [eniId] };

        await ec2.DescribeNetworkInterfacesAsync(request);
        await ec2.DescribeNetworkInterfacesAsync(request);
        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeNetworkInterfacesAsync(request));

        Assert.Equal("InvalidNetworkInterfaceID.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task ThrottleAtRate_SameSeed_SameCallsThrottled()
    {
        async Task<List<string?>> RunAsync()
        {
            await using var host = await TestSandbox.StartAsync(seed: 5);
            using var wire = new WireCalls(host);
            host.Faults.ThrottleAtRate("ecs", "ListTasks", 0.5);
            for (var i = 0; i < 20; i++)
            {
                await wire.EcsAsync("ListTasks", """{"cluster":"win-prod"}""");
            }

            return host.Calls.Records().Select(r => r.ErrorCode).ToList();
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains("ThrottlingException", first);
        Assert.Contains(null, first);
    }

    [Fact]
    public void FaultPlan_CountedRule_UsedUpAndRemoved()
    {
        var plan = new FaultPlan(1);
        plan.ServerError("ecs", "StopTask", times: 1);

        var first = plan.Next("ecs", "StopTask", SandboxAccount.AccountId, SandboxAccount.Region);
        var second = plan.Next("ecs", "StopTask", SandboxAccount.AccountId, SandboxAccount.Region);

        Assert.Equal("ServerException", first.Error?.Code);
        Assert.Null(second.Error);
        Assert.Empty(plan.Rules);
    }

    [Fact]
    public void FaultPlan_OtherOperation_NotAffected()
    {
        var plan = new FaultPlan(1);
        plan.Throttle("ec2", "DescribeVpcs", times: 1);

        Assert.Null(plan.Next("ec2", "DescribeSecurityGroups", SandboxAccount.AccountId, SandboxAccount.Region).Error);
        Assert.Null(plan.Next("ecs", "DescribeVpcs", SandboxAccount.AccountId, SandboxAccount.Region).Error);
        Assert.Single(plan.Rules);
    }
}
