using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Drift;

public class CapacityChecksTests
{
    [Fact]
    public void Evaluate_FreeSlot_NoFinding() => Assert.Empty(CapacityChecks.Evaluate(IisObservation.Healthy()));

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Evaluate_AllSlotsUsed_WarnsWithTheNumbers(int attached)
    {
        var finding = Assert.Single(CapacityChecks.Evaluate(IisObservation.Healthy() with { Host = IisObservation.Host(attached) }));

        Assert.Equal($"capacity.host-eni/{Ids.InstanceId}", finding.Id);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal($"{attached} of 3 ENIs in use", finding.Actual);
        Assert.Contains("no ENI trunking", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HostUnknown_NoFinding() => Assert.Empty(CapacityChecks.Evaluate(IisObservation.Healthy() with { Host = null }));
}
