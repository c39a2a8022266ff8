using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class StatusCacheTests
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _time = new(TestStatuses.At);

    [Fact]
    public void TryGet_TaskAFreshListingDidNotReturn_HasNoStatus()
    {
        var cache = new StatusCache(_time, MaxAge, capacity: 100);
        var listed = TestStatuses.Status("t1");

        cache.RememberListing(TestStatuses.ProdCluster, "iis", [listed]);
        var known = cache.TryGet(TestStatuses.TaskArn("win-prod", "t2"), TestStatuses.ProdCluster, "iis", out var status);

        Assert.True(known);
        Assert.Null(status);
    }

    /// <summary>Issue 17: a listing keeps each task's version, not its status (the sweep holds the statuses while it needs them).</summary>
    [Fact]
    public void RememberListing_TaskItReturned_ItsVersionKeptNotItsStatus()
    {
        var cache = new StatusCache(_time, MaxAge, capacity: 100);
        var listed = TestStatuses.Status("t1", version: 7);
        cache.Remember(TestStatuses.Status("t1", version: 6));

        cache.RememberListing(TestStatuses.ProdCluster, "iis", [listed]);

        Assert.Equal(7, cache.ListedVersion(listed.TaskArn));
        Assert.False(cache.TryGet(listed.TaskArn, out _));
        Assert.False(cache.TryGet(listed.TaskArn, TestStatuses.ProdCluster, "iis", out _));
    }

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

    [Fact]
    public void TryGet_ListingOfAnotherFamilyOrOlderThanMaxAge_Unknown()
    {
        var cache = new StatusCache(_time, MaxAge, capacity: 100);
        var missing = TestStatuses.TaskArn("win-prod", "t2");

        cache.RememberListing(TestStatuses.ProdCluster, "api", []);
        var otherFamily = cache.TryGet(missing, TestStatuses.ProdCluster, "iis", out _);
        cache.RememberListing(TestStatuses.ProdCluster, null, []);
        var wholeCluster = cache.TryGet(missing, TestStatuses.ProdCluster, "iis", out _);
        _time.Advance(MaxAge);
        var expired = cache.TryGet(missing, TestStatuses.ProdCluster, "iis", out _);

        Assert.Equal((false, true, false), (otherFamily, wholeCluster, expired));
    }

    [Fact]
    public void TryGet_StatusesStartedOverSinceTheListing_ListingNoLongerVouches()
    {
        var cache = new StatusCache(_time, MaxAge, capacity: 2);

        cache.RememberListing(TestStatuses.ProdCluster, "iis", [TestStatuses.Status("t1"), TestStatuses.Status("t2")]);
        cache.RememberAbsent(TestStatuses.TaskArn("win-prod", "t9"));

        Assert.False(cache.TryGet(TestStatuses.TaskArn("win-prod", "t1"), TestStatuses.ProdCluster, "iis", out _));
    }

    [Fact]
    public void RememberListing_LargerThanTheCapacity_IsNotBelieved()
    {
        var cache = new StatusCache(_time, MaxAge, capacity: 2);

        cache.RememberListing(TestStatuses.ProdCluster, "iis", [TestStatuses.Status("t1"), TestStatuses.Status("t2"), TestStatuses.Status("t3")]);

        Assert.False(cache.TryGet(TestStatuses.TaskArn("win-prod", "t1"), TestStatuses.ProdCluster, "iis", out _));
    }
}
