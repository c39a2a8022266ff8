using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class StatusWriteRulesTests
{
    [Fact]
    public void Settle_EachCase_TheMatchingResult()
    {
        var stored = TestStatuses.Status("t1", version: 5);

        Assert.Null(StatusWriteRules.Settle(null, stored));
        Assert.Equal(StatusWriteResult.Stale, StatusWriteRules.Settle(stored, TestStatuses.Status("t1", version: 4)));
        Assert.Equal(StatusWriteResult.Unchanged, StatusWriteRules.Settle(stored, stored with { UpdatedAt = stored.UpdatedAt.AddHours(1) }));
        Assert.Null(StatusWriteRules.Settle(stored, TestStatuses.Status("t1", version: 5, reason: "other")));
        Assert.Equal(StatusWriteResult.Unchanged, StatusWriteRules.Settle(stored, stored with { LastEventVersion = 6 }));
        Assert.Null(StatusWriteRules.Settle(stored, TestStatuses.Status("t1", version: 6, reason: "other")));
    }
}
