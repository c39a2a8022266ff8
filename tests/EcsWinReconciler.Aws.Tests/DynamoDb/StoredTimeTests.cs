using EcsWinReconciler.Aws.DynamoDb;
using FsCheck.Xunit;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class StoredTimeTests
{
    private static DateTimeOffset Instant(long ticks, short offsetMinutes) =>
        new DateTimeOffset(Math.Abs(ticks % (DateTimeOffset.MaxValue.UtcTicks - (2 * TimeSpan.TicksPerDay))) + TimeSpan.TicksPerDay, TimeSpan.Zero)
            .ToOffset(TimeSpan.FromMinutes(offsetMinutes % 840));

    [Property]
    public bool ToText_RoundTripsEveryTick(long ticks, short offsetMinutes)
    {
        var value = Instant(ticks, offsetMinutes);
        return StoredTime.TryParse(StoredTime.ToText(value), out var back) && back == value && back.UtcTicks == value.UtcTicks;
    }

    [Property]
    public bool ToText_StringOrderIsTimeOrder(long a, long b, short offsetA, short offsetB)
    {
        var x = Instant(a, offsetA);
        var y = Instant(b, offsetB);
        return Math.Sign(string.CompareOrdinal(StoredTime.ToText(x), StoredTime.ToText(y))) == Math.Sign(x.CompareTo(y));
    }

    [Fact]
    public void ToText_UtcWithSevenDigitsAndZ() =>
        Assert.Equal("2025-11-25T08:00:00.1234567Z", StoredTime.ToText(new DateTimeOffset(2025, 11, 25, 9, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567)));

    [Fact]
    public void ToEpochSeconds_RoundsUpSoNothingExpiresEarly()
    {
        var whole = new DateTimeOffset(2025, 11, 25, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(whole.ToUnixTimeSeconds(), StoredTime.ToEpochSeconds(whole));
        Assert.Equal(whole.ToUnixTimeSeconds() + 1, StoredTime.ToEpochSeconds(whole.AddTicks(1)));
    }

    [Theory]
    [InlineData("2025-11-25T08:00:00Z")]
    [InlineData("2025-11-25 08:00:00.0000000Z")]
    [InlineData("yesterday")]
    public void TryParse_NotTheStoredForm_False(string text) => Assert.False(StoredTime.TryParse(text, out _));
}
