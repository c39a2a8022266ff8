using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Planning;

/// <summary>Which exception covers a finding at the time of a look: one in force before any lapsed one, the latest to lapse first.</summary>
public class ExceptionMatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private static readonly Finding Rdp = new(
        CheckIds.ForbiddenIngress, "sg-0123456789abcdef0/sgr-05395295b2afb201e", Severity.Critical, FindingRoot.Rule("sg-0123456789abcdef0", "sgr-05395295b2afb201e"),
        "none", "tcp 3389 from 0.0.0.0/0", [], "RDP open", Remedy.AlertOnly);

    private static ExceptionEntry Until(DateTimeOffset lapsesAt, string resource = "sg-0123456789abcdef0", string check = CheckIds.ForbiddenIngress) =>
        new(check, resource, "r", new ExceptionExpiry(lapsesAt, false), $"CHG-{lapsesAt:MMdd}");

    [Fact]
    public void Find_LapsedAndInForce_TheOneInForce()
    {
        var match = ExceptionMatch.Find([Until(Now.AddDays(-1)), Until(Now.AddDays(3), "sg-0123456789abcdef0/sgr-05395295b2afb201e")], Rdp, Now);

        Assert.Equal((true, "CHG-1208"), (match!.InForce, match.Entry.Ticket));
    }

    [Fact]
    public void Find_OnlyLapsed_TheLatestSaysItLapsed()
    {
        var match = ExceptionMatch.Find([Until(Now.AddDays(-5)), Until(Now.AddDays(-1), "sg-0123456789abcdef0/sgr-05395295b2afb201e")], Rdp, Now);

        Assert.False(match!.InForce);
        Assert.Equal("the exception CHG-1204 (r) lapsed on 2026-12-04T10:00:00Z", match.LapseNote);
    }

    /// <summary>An exception without a ticket is named by its reason, quoted, in the alert that says it lapsed.</summary>
    [Fact]
    public void Find_LapsedWithoutATicket_TheNoteQuotesItsReason()
    {
        var untracked = new ExceptionEntry(CheckIds.ForbiddenIngress, "sg-0123456789abcdef0", "RDP for the migration", new ExceptionExpiry(Now.AddDays(-1), false), null);

        var match = ExceptionMatch.Find([untracked], Rdp, Now);

        Assert.Equal("the exception \"RDP for the migration\" lapsed on 2026-12-04T10:00:00Z", match!.LapseNote);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Find_InAnyOrder_InForceBeatsLapsed_AndTheLatestToLapseWins(bool reversed)
    {
        var (older, lapsed, soon, later) = (Until(Now.AddDays(-5)), Until(Now.AddDays(-1)), Until(Now.AddDays(2)), Until(Now.AddDays(9)));
        ExceptionEntry[] Order(params ExceptionEntry[] entries) => reversed ? [.. entries.Reverse()] : entries;

        Assert.Same(later, ExceptionMatch.Find(Order(lapsed, soon, later), Rdp, Now)!.Entry);
        Assert.Same(later, ExceptionMatch.Find(Order(later, soon), Rdp, Now)!.Entry);
        Assert.Same(soon, ExceptionMatch.Find(Order(soon, lapsed), Rdp, Now)!.Entry);
        Assert.Same(lapsed, ExceptionMatch.Find(Order(lapsed, older), Rdp, Now)!.Entry);
    }

    [Fact]
    public void Find_AtTheInstantItLapses_Lapsed()
    {
        Assert.False(ExceptionMatch.Find([Until(Now)], Rdp, Now)!.InForce);
        Assert.True(ExceptionMatch.Find([Until(Now.AddTicks(1))], Rdp, Now)!.InForce);
    }

    [Fact]
    public void Find_OtherCheckOrGroup_None()
    {
        Assert.Null(ExceptionMatch.Find([Until(Now.AddDays(1), check: CheckIds.RequiredIngress), Until(Now.AddDays(1), "sg-0fedcba9876543210")], Rdp, Now));
    }
}
