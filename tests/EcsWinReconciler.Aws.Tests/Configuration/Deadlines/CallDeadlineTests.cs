using EcsWinReconciler.Aws.Configuration.Deadlines;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Configuration.Deadlines;

/// <summary>Each invocation's end holds for the calls made inside its scope, and only for them.</summary>
public sealed class CallDeadlineTests
{
    [Fact]
    public async Task Until_ScopeAndTheAsyncWorkItStarts_SeeTheEnd_AndNothingAfterIt()
    {
        var time = new FakeTimeProvider();
        var deadline = new CallDeadline(time);
        var end = time.GetUtcNow() + TimeSpan.FromMinutes(1);
        Assert.Null(deadline.Current);

        using (deadline.Until(end))
        {
            Assert.Equal(end, await Task.Run(() => deadline.Current?.End));
        }

        Assert.Null(deadline.Current);
    }

    [Fact]
    public async Task Until_TwoInvocationsAtOnce_EachKeepsItsOwnEnd()
    {
        var time = new FakeTimeProvider();
        var deadline = new CallDeadline(time);
        var ends = new[] { time.GetUtcNow() + TimeSpan.FromSeconds(10), time.GetUtcNow() + TimeSpan.FromSeconds(20) };
        var gate = new TaskCompletionSource();

        var seen = await Task.WhenAll(ends.Select(end => Task.Run(async () =>
        {
            using (deadline.Until(end))
            {
                await gate.Task;
                return deadline.Current?.End;
            }
        })).Append(Task.Run(() =>
        {
            gate.SetResult();
            return (DateTimeOffset?)null;
        })));

        Assert.Equal([ends[0], ends[1], null], seen);
    }
}
