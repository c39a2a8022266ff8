using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class StatusCacheTests
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _time = new(TestStatuses.At);

    [Fact]
    public void Remember_AnOlderVersionFinishingLast_KeepsTheNewer()
    {
        // Two writes of one task race: v20 lands and is remembered, then v17's (written earlier) is remembered late.
        var cache = new StatusCache(_time, MaxAge, capacity: 100);
        var newer = TestStatuses.Status("t1", version: 20, reason: "v20");

        cache.Remember(newer);
        cache.Remember(TestStatuses.Status("t1", version: 17, reason: "v17"));
        cache.Remember(newer with { Reason = "v20 again" });

        Assert.True(cache.TryGet(newer.TaskArn, out var kept));
        Assert.Equal("v20 again", kept!.Reason);
    }

    [Fact]
    public void Remember_AfterTheNewerExpired_TakesWhatItIsGiven()
    {
        var cache = new StatusCache(_time, MaxAge, capacity: 100);
        cache.Remember(TestStatuses.Status("t1", version: 20));
        _time.Advance(MaxAge);

        cache.Remember(TestStatuses.Status("t1", version: 3, reason: "v3"));

        Assert.True(cache.TryGet(TestStatuses.Status("t1").TaskArn, out var kept));
        Assert.Equal("v3", kept!.Reason);
    }
}
