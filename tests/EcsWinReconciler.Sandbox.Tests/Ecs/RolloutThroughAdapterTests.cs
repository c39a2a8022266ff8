using Amazon.Runtime;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ecs;

/// <summary>The reconciler's ECS adapter (EcsApiClient, EcsTaskSource) against the sandbox: a repair's rollout as the reconciler will observe it.</summary>
public class RolloutThroughAdapterTests
{
    private static readonly EcsAwsVpcConfiguration SpecNetwork = new() { Subnets = [ScenarioIds.SubnetA, ScenarioIds.SubnetB], SecurityGroups = [ScenarioIds.WebGroup], AssignPublicIp = "DISABLED" };

    private static EcsApiClient Client(SandboxHost host) => new AwsClientFactory(new AwsSettings
    {
        Region = SandboxAccount.Region,
        Credentials = new BasicAWSCredentials(TestSigner.AccessKey, "sandbox-secret-key"),
        EndpointUrl = host.Endpoint,
        MaxAttempts = 1,
    }).CreateEcsApi();

    [Fact]
    public async Task DescribeService_StalledRepairThenReleased_RolloutAndRecentEventsAsEcsSaysThem()
    {
        var clock = TestClock.Create();
        await using var host = await SandboxHost.StartAsync("wrong-security-groups", new SandboxOptions { Seed = 7, TimeProvider = clock });
        using var ecs = Client(host);
        var source = new EcsTaskSource(ecs);
        clock.Advance(TimeSpan.FromMinutes(10));
        host.Admin.StallRollout(ScenarioIds.ServiceName);

        await ecs.UpdateServiceNetworkAsync(ScenarioIds.ClusterName, ScenarioIds.ServiceName, SpecNetwork, forceNewDeployment: true, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(31));
        var stuck = await source.DescribeServiceAsync(ScenarioIds.ClusterName, ScenarioIds.ServiceName, CancellationToken.None);

        var primary = host.State.Read(w => w.Services.Values.First().PrimaryDeployment.Id);
        Assert.NotNull(stuck);
        Assert.True(stuck.DeploymentInProgress);
        Assert.Equal([ScenarioIds.WebGroup], stuck.SecurityGroups);
        Assert.Equal(new ServiceRollout(primary, ServiceRollout.InProgress, $"ECS deployment {primary} in progress.", TestClock.Start.AddMinutes(10), 2, 0, 0, 0), stuck.Rollout);
        Assert.Equal(4, stuck.RecentEvents.Count);
        Assert.Equal(TestClock.Start.AddMinutes(10), stuck.RecentEvents[0].At);
        Assert.Contains("encountered error \"RESOURCE:ENI\"", stuck.RecentEvents[0].Message, StringComparison.Ordinal);
        Assert.Equal(new ServiceEvent(TestClock.Start, "(service iis-webserver) has reached a steady state."), stuck.RecentEvents[1]);

        host.Admin.ReleaseRollout(ScenarioIds.ServiceName);
        var done = await source.DescribeServiceAsync(ScenarioIds.ClusterName, ScenarioIds.ServiceName, CancellationToken.None);

        Assert.NotNull(done?.Rollout);
        Assert.False(done.DeploymentInProgress);
        Assert.Equal((primary, ServiceRollout.Completed, $"ECS deployment {primary} completed.", 2), (done.Rollout.DeploymentId, done.Rollout.RolloutState, done.Rollout.RolloutStateReason, done.Rollout.RunningCount));
        Assert.Equal(ServiceEvent.Kept, done.RecentEvents.Count);
        string[] newestFirst = ["has reached a steady state.", "deployment completed.", "has stopped 2 running tasks:", "has started 2 tasks:", "was unable to place a task"];
        Assert.All(newestFirst.Zip(done.RecentEvents), pair => Assert.Contains(pair.First, pair.Second.Message, StringComparison.Ordinal));
        Assert.All(done.RecentEvents.Take(4), e => Assert.Equal(TestClock.Start.AddMinutes(41), e.At));
    }

    [Fact]
    public async Task DescribeService_RolloutStuckScenario_OldDeploymentStillRunsTheTasks()
    {
        await using var host = await TestSandbox.StartAsync("rollout-stuck");
        using var ecs = Client(host);

        var service = await new EcsTaskSource(ecs).DescribeServiceAsync(ScenarioIds.ClusterName, ScenarioIds.ServiceName, CancellationToken.None);
        var raw = Assert.Single((await ecs.DescribeServicesAsync(ScenarioIds.ClusterName, [ScenarioIds.ServiceName], CancellationToken.None)).Items);

        Assert.Equal((ServiceRollout.InProgress, 0), (service?.Rollout?.RolloutState, service?.Rollout?.RunningCount));
        Assert.Equal([ScenarioIds.WebGroup, ScenarioIds.LegacyGroup], service!.SecurityGroups);
        var old = Assert.Single(raw.Deployments!, d => d.Status == EcsDeployment.ActiveStatus);
        Assert.Equal((2, "COMPLETED"), (old.RunningCount, old.RolloutState));
        Assert.All(raw.Events!, e => Assert.False(string.IsNullOrEmpty(e.Id)));
    }
}
