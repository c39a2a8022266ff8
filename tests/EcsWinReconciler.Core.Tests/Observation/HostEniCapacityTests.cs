using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Tests.Observation;

public class HostEniCapacityTests
{
    [Theory]
    [InlineData(3, 1, 2)]
    [InlineData(3, 3, 0)]
    [InlineData(3, 4, 0)]
    public void Free_SlotsLeft_NeverBelowZero(int max, int attached, int free) =>
        Assert.Equal(free, new HostEniCapacity("i-0abc", "c5.large", max, attached).Free);
}
