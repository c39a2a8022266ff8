using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Tests.Observation;

public class TaskObservationTests
{
    private static readonly ObservedTask Task = new(
        "arn:aws:ecs:eu-west-1:111122223333:task/win-prod/0a1b", "arn:aws:ecs:eu-west-1:111122223333:cluster/win-prod",
        "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:1", null, null, "RUNNING", "RUNNING", 1, null, "EC2", []);

    private static readonly TaskObservation Observation = new(
        Task, TaskPlatform.Unknown("awsvpc"), EniLookup.NoAttachment, null,
        [new ObservedSecurityGroup("sg-0web", "web", "vpc-0a1", []), new ObservedSecurityGroup("sg-0alb", "alb", "vpc-0a1", [])],
        null, null, null,
        [new("sg-0web", 4)]);

    [Fact]
    public void Group_ObservedId_IsThatGroup() => Assert.Equal("alb", Observation.Group("sg-0alb")?.Name);

    [Fact]
    public void Group_IdNotObserved_IsNull() => Assert.Null(Observation.Group("sg-0other"));

    [Fact]
    public void EnisUsing_CountedGroup_IsItsCount() => Assert.Equal(4, Observation.EnisUsing("sg-0web"));

    [Fact]
    public void EnisUsing_GroupNotCounted_IsNullNotZero() => Assert.Null(Observation.EnisUsing("sg-0alb"));
}
