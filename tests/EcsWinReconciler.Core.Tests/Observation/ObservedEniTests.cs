using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Tests.Observation;

public class ObservedEniTests
{
    private static ObservedEni Eni(string status, string? attachmentStatus) =>
        new("eni-0abc", status, attachmentStatus is null ? null : new EniAttachmentState("eni-attach-1", "i-0abc", 1, attachmentStatus),
            "subnet-0a1", "vpc-0a1", "10.0.1.5", null, null, ["sg-0web"], null);

    [Theory]
    [InlineData("in-use", "attached", true)]
    [InlineData("in-use", "attaching", false)]
    [InlineData("in-use", null, false)]
    [InlineData("available", "attached", false)]
    public void IsInUseAndAttached_NeedsBoth(string status, string? attachmentStatus, bool expected) =>
        Assert.Equal(expected, Eni(status, attachmentStatus).IsInUseAndAttached);
}
