using EcsWinReconciler.Aws.DynamoDb;
using FsCheck.Xunit;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class BudgetWindowTests
{
    [Property]
    public bool StartOf_ContainsTheInstantAndIsAligned(uint secondsSinceEpoch, ushort offsetMinutes, ushort windowMinutes)
    {
        var window = TimeSpan.FromMinutes(windowMinutes % 1440 + 1);
        var now = new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (secondsSinceEpoch * TimeSpan.TicksPerSecond), TimeSpan.Zero)
            .ToOffset(TimeSpan.FromMinutes(offsetMinutes % 1440 - 720));

        var start = BudgetWindow.StartOf(now, window);

        return start <= now && now < start + window && (start - DateTimeOffset.UnixEpoch).Ticks % window.Ticks == 0;
    }

    [Fact]
    public void StartOf_HourWindow_TheHour()
    {
        var start = BudgetWindow.StartOf(new DateTimeOffset(2025, 11, 25, 16, 20, 0, TimeSpan.FromHours(2)), TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2025, 11, 25, 14, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }
}
