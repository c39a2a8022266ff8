using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Recheck;

public sealed class RecheckBackoffTests
{
    [Fact]
    public void DelayBefore_EachAttempt_DoublesFromFifteenSecondsUpToTheCap()
    {
        var delays = Enumerable.Range(1, RecheckBackoff.MaxAttempts).Select(a => RecheckBackoff.DelayBefore(a)!.Value.TotalSeconds);

        Assert.Equal([15, 30, 60, 120, 240], delays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(RecheckBackoff.MaxAttempts + 1)]
    public void DelayBefore_OutsideTheChain_IsNull(int attempt) => Assert.Null(RecheckBackoff.DelayBefore(attempt));

    [Fact]
    public void DelayBefore_WholeChain_EndsBeforeTheResyncAndWithinSqsLimits()
    {
        var total = Enumerable.Range(1, RecheckBackoff.MaxAttempts).Sum(a => RecheckBackoff.DelayBefore(a)!.Value.TotalSeconds);

        Assert.True(total < TimeSpan.FromMinutes(15).TotalSeconds);
        Assert.All(Enumerable.Range(1, RecheckBackoff.MaxAttempts), a => Assert.True(RecheckBackoff.DelayBefore(a)!.Value.TotalSeconds <= 900));
    }
}
