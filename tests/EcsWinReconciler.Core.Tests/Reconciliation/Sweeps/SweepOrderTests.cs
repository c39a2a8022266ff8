using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Sweeps;

public class SweepOrderTests
{
    /// <summary>A batch size below one is refused, even with nothing to batch.</summary>
    [Fact]
    public void Batches_SizeBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("size", () => SweepOrder.Batches([], 0).ToList());
}
