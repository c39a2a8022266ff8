using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>Issue 14: <c>spec.exceptions</c> as the reader takes them, and every mistake named with where it is.</summary>
public class SpecExceptionReadingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private static string With(string entry) => SpecSamples.WithSpec($"exceptions:\n  - {entry.Replace("\n", "\n    ", StringComparison.Ordinal)}");

    private const string Good = "check: sg.forbidden-ingress\nresource: sg-0123456789abcdef0\nreason: RDP from the bastion until the migration ends\nexpires: 2027-01-31\nticket: CHG-4711";

    [Fact]
    public void Read_FullException_BoundWithExpiryAtTheEndOfTheDayUtc()
    {
        var entry = Assert.Single(SpecRead.ValidBody($"exceptions:\n  - {Good.Replace("\n", "\n    ", StringComparison.Ordinal)}").Exceptions);

        Assert.Equal(CheckIds.ForbiddenIngress, entry.Check);
        Assert.Equal("CHG-4711", entry.Ticket);
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero), entry.Expires.LapsesAt);
        Assert.Equal("2027-01-31", entry.Expires.ToString());
        Assert.Equal("CHG-4711 — RDP from the bastion until the migration ends", entry.Describe());
    }

    [Fact]
    public void Write_SpecWithException_ReadsBackEqual()
    {
        var spec = SpecRead.Valid(With(Good + "\nby: arn:aws:iam::111122223333:user/ana\nadded: 2026-12-05T10:00:00Z"));

        var again = SpecRead.Valid(SpecWriter.ToJson(spec));

        Assert.Equal(spec, again);
        Assert.Equal("arn:aws:iam::111122223333:user/ana", again.Spec.Exceptions[0].AddedBy);
    }

    [Fact]
    public void Read_MisspeltCheck_SaysWhereAndSuggestsTheCheck()
    {
        var error = SpecRead.SingleError(With(Good.Replace("sg.forbidden-ingress", "sg.forbiden-ingress", StringComparison.Ordinal)));

        Assert.Equal("test.yaml:10:14: spec.exceptions[0].check: \"sg.forbiden-ingress\" is not a check id; did you mean \"sg.forbidden-ingress\"?", error.ToString());
    }

    [Fact]
    public void Read_ResourceOfAnotherKind_SaysWhatTheCheckIsRootedAt()
    {
        var error = SpecRead.SingleError(With(Good.Replace("sg-0123456789abcdef0", "vpc-0123456789abcdef0", StringComparison.Ordinal)));

        Assert.Equal(
            "spec.exceptions[0].resource: \"vpc-0123456789abcdef0\" cannot be a root of sg.forbidden-ingress: expected a security group id (sg-…, all its rules) or one rule (sg-…/sgr-…)",
            error.Text);
        Assert.Equal(11, error.Line);
    }

    [Theory]
    [InlineData("reason")]
    [InlineData("expires")]
    [InlineData("check")]
    [InlineData("resource")]
    public void Read_RequiredFieldMissing_Named(string field)
    {
        var lines = Good.Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal));

        var error = SpecRead.SingleError(With(string.Join("\n", lines)));

        Assert.Equal($"spec.exceptions[0]: missing required field \"{field}\"", error.Text);
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("31/01/2027")]
    [InlineData("2027-01-31T18:00:00")]
    public void Read_ExpiresNotADateOrTimestampWithOffset_Rejected(string expires)
    {
        var error = SpecRead.SingleError(With(Good.Replace("2027-01-31", expires, StringComparison.Ordinal)));

        Assert.StartsWith("spec.exceptions[0].expires: ", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DateTime", error.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameCheckAndResourceTwice_SecondNamesTheFirst()
    {
        var entry = Good.Replace("\n", "\n    ", StringComparison.Ordinal);
        var errors = SpecRead.ErrorTexts(SpecSamples.WithSpec($"exceptions:\n  - {entry}\n  - {entry}"));

        Assert.Equal(["spec.exceptions[1]: sg.forbidden-ingress on sg-0123456789abcdef0 repeats exceptions[0]; give each check and resource once"], errors);
    }

    [Fact]
    public void Read_WithNow_ExpiryMoreThanNinetyDaysAhead_RejectedWithTheLatestAllowedDay()
    {
        var result = SpecReader.Read("web.yaml", With(Good.Replace("2027-01-31", "2027-06-01", StringComparison.Ordinal)), SpecReadOptions.At(Now));

        var error = Assert.Single(result.Errors);
        Assert.Equal("spec.exceptions[0].expires: 2027-06-01 is more than 90 days ahead (the latest allowed now is 2027-03-05); exceptions are renewed, never open-ended", error.Text);
    }

    [Fact]
    public void Read_WithNow_ExpiryPassed_RejectedButAStoredSpecReadWithoutNowKeepsIt()
    {
        var text = With(Good.Replace("2027-01-31", "2026-11-30", StringComparison.Ordinal));

        var atApply = SpecReader.Read("web.yaml", text, SpecReadOptions.At(Now));
        var stored = SpecReader.Read("web.yaml", text);

        Assert.Equal("spec.exceptions[0].expires: 2026-11-30 has passed; remove the exception, or renew it with a later date", Assert.Single(atApply.Errors).Text);
        Assert.True(stored.IsValid);
    }

    [Fact]
    public void Read_WithNowAndALongerMaximum_AcceptsUpToIt()
    {
        var result = SpecReader.Read("web.yaml", With(Good.Replace("2027-01-31", "2027-06-01", StringComparison.Ordinal)), SpecReadOptions.At(Now) with { MaxExceptionDuration = TimeSpan.FromDays(180) });

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void CheckRoots_EveryCheck_HasRootKinds()
    {
        Assert.All(CheckIds.All, check => Assert.NotEmpty(CheckRoots.KindsOf(check)));
    }

    [Theory]
    [InlineData("iis-webserver", true)]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver", true)]
    [InlineData("arn:aws:ecs:us-east-1:111122223333:service/win-prod/other", false)]
    public void Covers_ServiceRoot_ByArnOrName(string resource, bool covers)
    {
        var entry = new ExceptionEntry(CheckIds.SecurityGroupSet, resource, "r", ExceptionExpiry.EndOfDay(new DateOnly(2027, 1, 31)), null);

        Assert.Equal(covers, entry.Covers(CheckIds.SecurityGroupSet, FindingRoot.Service("arn:aws:ecs:us-east-1:111122223333:service/win-prod/iis-webserver")));
    }

    [Fact]
    public void Covers_GroupId_CoversItsRulesButNotAnotherChecks()
    {
        var entry = new ExceptionEntry(CheckIds.ForbiddenIngress, "sg-0123456789abcdef0", "r", ExceptionExpiry.EndOfDay(new DateOnly(2027, 1, 31)), null);

        Assert.True(entry.Covers(CheckIds.ForbiddenIngress, FindingRoot.Rule("sg-0123456789abcdef0", "sgr-05395295b2afb201e")));
        Assert.False(entry.Covers(CheckIds.RequiredIngress, FindingRoot.GroupPermission("sg-0123456789abcdef0", "tcp:80")));
        Assert.False(entry.Covers(CheckIds.ForbiddenIngress, FindingRoot.Rule("sg-0123456789abcdef1", "sgr-05395295b2afb201e")));
    }
}
