using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Specimens;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Resolve;

public class StoredFactsTrustTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly ReconcilerOptions NeverDue = new() { StoredFactsConfirmWindow = TimeSpan.Zero };

    [Fact]
    public void Remembered_RunningTaskWithItsEniAndAddress_RebuiltFromItsFacts()
    {
        var status = TaskFactsTests.Status(IisObservation.Task());

        Assert.Equal(status.Facts!.TaskOf(status), StoredFactsTrust.Remembered(status, Now, NeverDue));
    }

    public static TheoryData<string, TaskNetworkStatus?> Untrusted()
    {
        var status = TaskFactsTests.Status(IisObservation.Task());
        var eni = status.Facts!.Eni!;
        return new()
        {
            { "no status (a new task)", null },
            { "written before facts were kept", status with { Facts = null } },
            { "no ENI yet", status with { Facts = status.Facts with { Eni = null } } },
            { "no ENI id", status with { Facts = status.Facts with { Eni = eni with { Details = [.. eni.Details.Where(d => d.Key != "networkInterfaceId")] } } } },
            { "no address to check the ENI by", status with { Facts = status.Facts with { Eni = eni with { Details = [.. eni.Details.Where(d => d.Key != "privateIPv4Address")] } } } },
            { "not yet running", status with { LastStatus = TaskLifecycle.Pending } },
            { "stopped", status with { Judgement = JudgementKind.Stopped } },
        };
    }

    [Theory]
    [MemberData(nameof(Untrusted))]
    public void Remembered_FactsThatCannotBeTrusted_NoneSoTheTaskIsDescribed(string why, TaskNetworkStatus? status)
    {
        Assert.NotNull(why);
        Assert.Null(StoredFactsTrust.Remembered(status, Now, NeverDue));
    }

    [Fact]
    public void Remembered_TaskWhoseTurnToBeConfirmedHasCome_None()
    {
        var status = TaskFactsTests.Status(IisObservation.Task());
        var alwaysDue = new ReconcilerOptions { StoredFactsConfirmWindow = ReconcilerOptions.Default.StoredFactsConfirmEvery };

        Assert.Null(StoredFactsTrust.Remembered(status, Now, alwaysDue));
    }

    /// <summary>Sweeps every 15 minutes for 12 hours: every task's turn comes, each in one window of 1 hour (4 sweeps).</summary>
    [Property(MaxTest = 50)]
    public Property DueForConfirmation_SweepsEveryQuarterHourFor12Hours_EveryTaskDescribedFourTimes(NonEmptyString id, PositiveInt startMinute)
    {
        var arn = $"arn:aws:ecs:us-east-1:111122223333:task/win-prod/{id.Get}";
        var start = Now.AddMinutes(startMinute.Get);
        var due = Enumerable.Range(0, 48).Count(i => StoredFactsTrust.DueForConfirmation(arn, start.AddMinutes(15 * i), ReconcilerOptions.Default));
        return (due == 4).Label($"due in {due} of 48 sweeps");
    }

    [Fact]
    public void DueForConfirmation_ThousandsOfTasksAtOneTime_AboutOneTwelfthDue()
    {
        var due = Enumerable.Range(0, 12_000).Count(i => StoredFactsTrust.DueForConfirmation($"arn:aws:ecs:us-east-1:111122223333:task/win-prod/{i:x32}", Now, ReconcilerOptions.Default));

        Assert.InRange(due, 800, 1200);
    }

    /// <summary>A task is due for exactly one window per period: not one tick more or less.</summary>
    [Fact]
    public void DueForConfirmation_EveryTickOfOnePeriod_DueForExactlyTheWindow()
    {
        var options = new ReconcilerOptions { StoredFactsConfirmEvery = TimeSpan.FromTicks(100), StoredFactsConfirmWindow = TimeSpan.FromTicks(10) };

        var due = Enumerable.Range(0, 100).Count(i => StoredFactsTrust.DueForConfirmation(Ids.TaskArn, Now.AddTicks(i), options));

        Assert.Equal(10, due);
    }

    [Fact]
    public void DueForConfirmation_NoOptions_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => StoredFactsTrust.DueForConfirmation(Ids.TaskArn, Now, null!));

    [Fact]
    public void Contradiction_NoTask_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => StoredFactsTrust.Contradiction(null!, IisObservation.Eni(), Ids.InstanceId));

    [Fact]
    public void Contradiction_EniAsTheFactsSayOnTheTasksHost_None()
    {
        var task = IisObservation.Task();

        Assert.Null(StoredFactsTrust.Contradiction(task, IisObservation.Eni(), Ids.InstanceId));
    }

    public static TheoryData<string, ObservedEni?, string?> Contradicting() => new()
    {
        { "is gone", null, Ids.InstanceId },
        { "is available, not attached", IisObservation.Eni() with { Status = "available", Attachment = null }, Ids.InstanceId },
        { "is not described as this task's attachment", IisObservation.Eni() with { Description = "arn:aws:ecs:us-east-1:111122223333:attachment/0ther000-aaaa-bbbb-cccc-0123456789ab" }, Ids.InstanceId },
        { "has address 10.20.9.9", IisObservation.Eni() with { PrivateIpv4Address = "10.20.9.9" }, Ids.InstanceId },
        { "not the task's host i-0ffffffffffffffff", IisObservation.Eni(), "i-0ffffffffffffffff" },
        { $"is attached to {Ids.InstanceId}, not the task's host i-0ffffffffffffffff", IisObservation.Eni(), "i-0ffffffffffffffff" },
        { "is attached to (none), not the task's host", IisObservation.Eni() with { Attachment = IisObservation.Eni().Attachment! with { InstanceId = null } }, Ids.InstanceId },
        { $"has address (none), not {Ids.PrivateIp}", IisObservation.Eni() with { PrivateIpv4Address = null }, Ids.InstanceId },
    };

    [Theory]
    [MemberData(nameof(Contradicting))]
    public void Contradiction_EniThatDoesNotBearTheFactsOut_SaysWhat(string expected, ObservedEni? eni, string? host)
    {
        var task = IisObservation.Task();

        Assert.Contains(expected, StoredFactsTrust.Contradiction(task, eni, host), StringComparison.Ordinal);
    }
}
