using EcsWinReconciler.Aws.Configuration.Deadlines;

namespace EcsWinReconciler.Aws.Tests.Configuration.Deadlines;

/// <summary>Issue 18, retries bounded by the deadline: the arithmetic every client's calls keep to, at its boundaries.</summary>
public sealed class AttemptBudgetTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);

    private static AttemptBudget EndingIn(TimeSpan left) => new(Now + left, Second);

    [Fact]
    public void CallEnd_PlentyLeft_HalfOfIt() =>
        Assert.Equal(Now + TimeSpan.FromSeconds(60), EndingIn(TimeSpan.FromMinutes(2)).CallEnd(Now));

    [Fact]
    public void CallEnd_HalfLessThanAMinimumAttempt_TheMinimumAttempt() =>
        Assert.Equal(Now + Second, EndingIn(TimeSpan.FromSeconds(1.5)).CallEnd(Now));

    [Fact]
    public void CallEnd_LessLeftThanAMinimumAttempt_TheEndItself() =>
        Assert.Equal(Now + TimeSpan.FromSeconds(0.5), EndingIn(TimeSpan.FromSeconds(0.5)).CallEnd(Now));

    [Fact]
    public void AttemptTimeout_ExactlyAMinimumAttemptLeft_StartsWithIt()
    {
        var budget = EndingIn(Second);
        Assert.Equal(Second, budget.AttemptTimeout(Now, budget.CallEnd(Now)));
    }

    [Fact]
    public void AttemptTimeout_ATickLessThanAMinimumAttemptLeft_NoAttemptStarts()
    {
        var budget = EndingIn(Second - TimeSpan.FromTicks(1));
        Assert.Null(budget.AttemptTimeout(Now, budget.CallEnd(Now)));
    }

    [Fact]
    public void AttemptTimeout_PastTheEnd_NoAttemptStarts()
    {
        var budget = EndingIn(TimeSpan.FromSeconds(10));
        Assert.Null(budget.AttemptTimeout(Now + TimeSpan.FromSeconds(11), budget.End));
    }

    [Fact]
    public void AttemptTimeout_ClientTimeoutShorterThanTheCallsShare_TheClientTimeout()
    {
        var budget = EndingIn(TimeSpan.FromMinutes(2));
        Assert.Equal(TimeSpan.FromSeconds(10), budget.AttemptTimeout(Now, budget.CallEnd(Now), TimeSpan.FromSeconds(10)));
        Assert.Equal(TimeSpan.FromSeconds(60), budget.AttemptTimeout(Now, budget.CallEnd(Now), TimeSpan.FromSeconds(100)));
    }

    [Fact]
    public void AttemptTimeout_LaterAttemptOfACall_OnlyWhatIsLeftOfItsShare()
    {
        var budget = EndingIn(TimeSpan.FromMinutes(2));
        var callEnd = budget.CallEnd(Now);
        Assert.Equal(TimeSpan.FromSeconds(20), budget.AttemptTimeout(Now + TimeSpan.FromSeconds(40), callEnd));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 20)]
    [InlineData(40, 20)]
    public void LongestBackoff_StandardMode_DoublesUpToTheMax(int retry, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), AttemptBudget.LongestBackoff(retry, MaxBackoff));

    [Fact]
    public void LongestBackoff_RetryZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AttemptBudget.LongestBackoff(0, MaxBackoff));

    [Fact]
    public void MayRetry_ExactlyBackoffAndAMinimumAttemptLeft_Yes()
    {
        var budget = EndingIn(TimeSpan.FromMinutes(2));
        // Retry 2 waits up to 2 s, then needs 1 s.
        Assert.True(budget.MayRetry(Now, Now + TimeSpan.FromSeconds(3), 2, MaxBackoff));
    }

    [Fact]
    public void MayRetry_ATickLessThanBackoffAndAMinimumAttempt_No()
    {
        var budget = EndingIn(TimeSpan.FromMinutes(2));
        Assert.False(budget.MayRetry(Now, Now + TimeSpan.FromSeconds(3) - TimeSpan.FromTicks(1), 2, MaxBackoff));
    }

    [Fact]
    public void MayRetry_CallShareSpentThoughTheInvocationHasTime_No()
    {
        var budget = EndingIn(TimeSpan.FromMinutes(2));
        var callEnd = budget.CallEnd(Now);
        Assert.False(budget.MayRetry(callEnd - TimeSpan.FromSeconds(1.5), callEnd, 1, MaxBackoff));
    }
}
