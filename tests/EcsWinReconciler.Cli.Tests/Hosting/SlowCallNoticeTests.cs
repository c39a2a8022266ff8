using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Cli.Tests.Hosting;

public sealed class SlowCallNoticeTests
{
    [Fact]
    public void Line_SaysWhatItWaitsForHowLongAndWhenItGivesUp()
    {
        Assert.Equal(
            "waiting 4 s for dynamodb.us-east-1.amazonaws.com (a try gives up at 30 s; Ctrl+C stops)",
            SlowCallNotice.Line("dynamodb.us-east-1.amazonaws.com", TimeSpan.FromSeconds(4.7), TimeSpan.FromSeconds(30), 120));
    }

    [Fact]
    public void Line_NarrowTerminal_NeverWraps()
    {
        var line = SlowCallNotice.Line("dynamodb.us-east-1.amazonaws.com", TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(30), 40);

        Assert.True(line.Length < 40, line);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_CallInFlight_IsTheOldestWithItsHost_ThenIdle()
    {
        using var answer = new SemaphoreSlim(0);
        await using var server = LoopbackHttpServer.Start(_ =>
        {
            answer.Wait(TimeSpan.FromSeconds(10));
            return StubResponse.Json("{}");
        });
        using var watch = new HttpCallWatch(TimeProvider.System);
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watch.Idle += () => idle.TrySetResult();
        using var http = new HttpClient();

        var call = http.GetAsync(server.BaseAddress);
        var seen = await EventuallyAsync(() => watch.Oldest() is { } c && c.Host == server.BaseAddress.Authority);
        answer.Release();
        (await call).Dispose();

        Assert.True(seen, "the call in flight was not seen");
        await idle.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
