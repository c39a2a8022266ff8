using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>
/// While an alert stays open it reminds once per reminder interval (the spec's), counted from its last message: never on
/// every run, never before the interval, and never once resolved.
/// </summary>
public class ReconcilerReminderTests
{
    private static async Task<ReconcilerHarness> OpenAlertAsync(TimeSpan? reminderInterval = null)
    {
        var spec = IisSpec.Create();
        if (reminderInterval is { } interval)
        {
            spec = spec with { Spec = spec.Spec with { Alerts = spec.Spec.Alerts with { ReminderInterval = interval } } };
        }

        var harness = new ReconcilerHarness().WithSpec(spec);
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();
        return harness;
    }

    private static List<string> Kinds(ReconcilerHarness harness) =>
        [.. harness.Sink.Published.Select(m => m.Attributes.Single(a => a.Key == "kind").Value)];

    [Fact]
    public async Task Reminder_RunsJustBeforeTheInterval_SendNothing()
    {
        var harness = await OpenAlertAsync();

        harness.Time.Advance(AlertSpec.DefaultReminderInterval - TimeSpan.FromSeconds(1));
        await harness.LookAtAsync();
        await harness.ResyncAsync();

        Assert.Equal(["opened"], Kinds(harness));
    }

    [Fact]
    public async Task Reminder_RunAtExactlyTheInterval_SendsOne()
    {
        var harness = await OpenAlertAsync();

        harness.Time.Advance(AlertSpec.DefaultReminderInterval);
        await harness.LookAtAsync();

        Assert.Equal(["opened", "reminder"], Kinds(harness));
    }

    [Fact]
    public async Task Reminder_TheNextOne_CountsFromTheLastReminderNotFromOpening()
    {
        var harness = await OpenAlertAsync();
        harness.Time.Advance(TimeSpan.FromHours(30));
        await harness.LookAtAsync();

        harness.Time.Advance(TimeSpan.FromHours(23));
        await harness.LookAtAsync();
        var afterTwentyThreeHours = Kinds(harness);
        harness.Time.Advance(TimeSpan.FromHours(1));
        await harness.LookAtAsync();

        Assert.Equal(["opened", "reminder"], afterTwentyThreeHours);
        Assert.Equal(["opened", "reminder", "reminder"], Kinds(harness));
    }

    [Fact]
    public async Task Reminder_IntervalIsTheSpecs()
    {
        var harness = await OpenAlertAsync(TimeSpan.FromHours(1));

        harness.Time.Advance(TimeSpan.FromMinutes(59));
        await harness.LookAtAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.LookAtAsync();

        Assert.Equal(["opened", "reminder"], Kinds(harness));
    }

    [Fact]
    public async Task Reminder_ByTheResyncsAlertSweep_TooOncePerInterval()
    {
        var harness = await OpenAlertAsync();

        harness.Time.Advance(AlertSpec.DefaultReminderInterval);
        await harness.ResyncAsync();
        await harness.ResyncAsync();

        Assert.Equal(["opened", "reminder"], Kinds(harness));
    }

    [Fact]
    public async Task Reminder_ResolvedAlert_NeverReminds()
    {
        var harness = await OpenAlertAsync();
        harness.World.Groups[Ids.WebGroup] = IisObservation.WebGroup();
        await harness.LookAtAsync();

        harness.Time.Advance(AlertSpec.DefaultReminderInterval * 3);
        await harness.LookAtAsync();
        await harness.ResyncAsync();

        Assert.Equal(["opened", "resolved"], Kinds(harness));
    }
}
