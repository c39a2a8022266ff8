namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>Which budget window an instant falls in: windows are aligned to the Unix epoch, so every run agrees on them.</summary>
internal static class BudgetWindow
{
    public static DateTimeOffset StartOf(DateTimeOffset now, TimeSpan window)
    {
        var sinceEpoch = now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var offset = sinceEpoch % window.Ticks;
        if (offset < 0)
        {
            offset += window.Ticks;
        }

        return new DateTimeOffset(now.UtcTicks - offset, TimeSpan.Zero);
    }
}
