using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests.Permissions;

/// <summary>
/// The re-check queue's adapter (State-table marker, then SQS), driven through its paths — scheduled, collapsed into a pending
/// one, a send that fails and releases its marker, released — sends exactly what it declares.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class RecheckQueuePermissionWireTests(DynaliteFixture dynamo)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task RecheckQueue_EveryMethodAndPath_SendsExactlyWhatItDeclares()
    {
        await using var account = await WiredAccount.StartAsync(dynamo, "healthy");
        var now = account.Time.GetUtcNow();
        var request = new RecheckRequest(account.ClusterArn, "arn:aws:ecs:us-east-1:111122223333:task/win-prod/0f", "task:t", RecheckReason.EniNotReady, 1, 3, now);
        var other = request with { Root = "vpc:vpc-1" };

        var scheduled = await account.CallAsync<IRecheckQueue, bool>(q => q.TryScheduleAsync(request, now, Ct));
        var collapsed = await account.CallAsync<IRecheckQueue, bool>(q => q.TryScheduleAsync(request, now, Ct));
        account.Sandbox.Faults.ServerError("sqs", "SendMessage");
        var failed = await account.CallAsync<IRecheckQueue, bool>(q => FailedAsync(q.TryScheduleAsync(other, now, Ct)));
        var afterFailure = await account.CallAsync<IRecheckQueue, bool>(q => q.TryScheduleAsync(other, now, Ct));
        await account.CallAsync<IRecheckQueue>(q => q.ReleaseAsync(request, Ct));
        var again = await account.CallAsync<IRecheckQueue, bool>(q => q.TryScheduleAsync(request, now, Ct));

        Assert.True(failed);
        Assert.Equal([true, false, true, true], new[] { scheduled, collapsed, afterFailure, again });
        Assert.Equal(3, account.Sandbox.Admin.QueuedMessages().Count);
        WireAssert.AsDeclared(account, nameof(IRecheckQueue));
    }

    /// <summary>True when the call failed as the adapter reports failures (the recording keeps its wire calls).</summary>
    private static async Task<bool> FailedAsync(Task<bool> call)
    {
        try
        {
            await call;
            return false;
        }
        catch (AdapterException)
        {
            return true;
        }
    }
}
