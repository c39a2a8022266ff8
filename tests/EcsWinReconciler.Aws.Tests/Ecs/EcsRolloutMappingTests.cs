using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Tests.Ecs;

/// <summary>DescribeServices' deployments and events as the rollout and recent events of an <see cref="ObservedService"/>.</summary>
public class EcsRolloutMappingTests
{
    private const string Cluster = "arn:aws:ecs:eu-west-1:111122223333:cluster/win-prod";
    private static readonly DateTimeOffset Start = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private static EcsDeployment Primary => new()
    {
        Id = "ecs-svc/5169280574093855189", Status = "PRIMARY", RolloutState = "IN_PROGRESS",
        RolloutStateReason = "ECS deployment ecs-svc/5169280574093855189 in progress.",
        DesiredCount = 4, RunningCount = 1, PendingCount = 2, FailedTasks = 3, CreatedAt = Start, UpdatedAt = Start.AddMinutes(5),
    };

    private static EcsDeployment Old => new()
    {
        Id = "ecs-svc/1111111111111111111", Status = "ACTIVE", RolloutState = "COMPLETED", DesiredCount = 0, RunningCount = 4, CreatedAt = Start.AddDays(-2),
    };

    private static async Task<ObservedService> ObserveAsync(EcsService service)
    {
        var ecs = new FakeEcsApi();
        ecs.Services.Add(service with { ServiceName = "web", Status = "ACTIVE" });
        return (await new EcsTaskSource(ecs).DescribeServiceAsync(Cluster, "web", CancellationToken.None))!;
    }

    [Fact]
    public async Task DescribeService_PrimaryBesideAnOlderDeployment_RolloutIsThePrimary()
    {
        var service = await ObserveAsync(new EcsService { Deployments = [Old, Primary] });

        Assert.Equal(
            new ServiceRollout("ecs-svc/5169280574093855189", ServiceRollout.InProgress, "ECS deployment ecs-svc/5169280574093855189 in progress.", Start, 4, 1, 2, 3),
            service.Rollout);
        Assert.True(service.DeploymentInProgress);
    }

    [Fact]
    public async Task DescribeService_NoPrimaryDeployment_RolloutIsNull()
    {
        Assert.Null((await ObserveAsync(new EcsService())).Rollout);
        Assert.Null((await ObserveAsync(new EcsService { Deployments = [Old] })).Rollout);
        Assert.Null((await ObserveAsync(new EcsService { Deployments = [Primary with { Id = null }] })).Rollout);
        Assert.Null((await ObserveAsync(new EcsService { Deployments = [Primary with { CreatedAt = null, UpdatedAt = null }] })).Rollout);
    }

    [Fact]
    public async Task DescribeService_PrimaryWithoutCreatedAt_StartsAtItsUpdatedAt()
    {
        var service = await ObserveAsync(new EcsService { Deployments = [Primary with { CreatedAt = null }] });

        Assert.Equal(Start.AddMinutes(5), service.Rollout?.StartedAt);
    }

    [Theory]
    [InlineData(2, 2, false, ServiceRollout.Completed)]
    [InlineData(2, 1, false, ServiceRollout.InProgress)]
    [InlineData(2, 2, true, ServiceRollout.InProgress)]
    [InlineData(0, 0, false, ServiceRollout.Completed)]
    public async Task DescribeService_NoRolloutState_JudgedFromCountsAndOlderDeployments(int desired, int running, bool olderActive, string expected)
    {
        var primary = Primary with { RolloutState = null, RolloutStateReason = null, DesiredCount = desired, RunningCount = running };

        var service = await ObserveAsync(new EcsService { Deployments = olderActive ? [primary, Old] : [primary] });

        Assert.Equal(expected, service.Rollout?.RolloutState);
        Assert.Null(service.Rollout?.RolloutStateReason);
    }

    [Fact]
    public async Task DescribeService_RolloutStateFromEcs_KeptAsIs()
    {
        var service = await ObserveAsync(new EcsService { Deployments = [Primary with { RolloutState = "FAILED", RunningCount = 4 }] });

        Assert.Equal(ServiceRollout.Failed, service.Rollout?.RolloutState);
    }

    [Fact]
    public async Task DescribeService_SevenEvents_FiveNewestFirst()
    {
        var events = Enumerable.Range(0, 7).Select(i => new EcsServiceEvent { Id = $"e{i}", CreatedAt = Start.AddMinutes(i), Message = $"message {i}" }).ToList();

        var service = await ObserveAsync(new EcsService { Events = [events[3], events[6], events[0], events[5], events[1], events[4], events[2]] });

        Assert.Equal(["message 6", "message 5", "message 4", "message 3", "message 2"], service.RecentEvents.Select(e => e.Message));
        Assert.Equal(Start.AddMinutes(6), service.RecentEvents[0].At);
    }

    [Fact]
    public async Task DescribeService_SameTimeEvents_KeepEcsOrder()
    {
        var service = await ObserveAsync(new EcsService
        {
            Events = [new() { CreatedAt = Start, Message = "newer" }, new() { CreatedAt = Start, Message = "older" }],
        });

        Assert.Equal(["newer", "older"], service.RecentEvents.Select(e => e.Message));
    }

    [Fact]
    public async Task DescribeService_EventWithoutTimeOrMessage_LeftOut()
    {
        var service = await ObserveAsync(new EcsService
        {
            Events = [new() { Message = "no time" }, new() { CreatedAt = Start }, new() { CreatedAt = Start, Message = "kept" }],
        });

        Assert.Equal(["kept"], service.RecentEvents.Select(e => e.Message));
    }

    [Fact]
    public async Task DescribeService_NoEvents_EmptyNotNull()
    {
        var service = await ObserveAsync(new EcsService());

        Assert.Empty(service.RecentEvents);
    }
}
