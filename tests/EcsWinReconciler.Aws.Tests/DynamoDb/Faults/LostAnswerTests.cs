using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Dynamo;
using EcsWinReconciler.TestSupport.Dynamo.Faults;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Aws.Tests.DynamoDb.Faults;

/// <summary>
/// Issue 18: each store's conditional write when DynamoDB applied it but its answer was lost (the SDK retries the same
/// request, whose condition the first attempt already changed). The write must count once and be known as the caller's own.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class LostAnswerTests(DynaliteFixture dynamo) : IAsyncLifetime
{
    private static readonly DateTimeOffset At = TestAlerts.At;
    private static readonly CancellationToken Ct = CancellationToken.None;
    private DynamoFaultProxy? _proxy;
    private Amazon.DynamoDBv2.IAmazonDynamoDB? _client;
    private string _table = string.Empty;

    private DynamoFaultProxy Proxy => _proxy!;

    private Amazon.DynamoDBv2.IAmazonDynamoDB Client => _client!;

    public async Task InitializeAsync()
    {
        _table = (await dynamo.CreateTablesAsync()).State;
        _proxy = DynamoFaultProxy.Start(dynamo.Server.ServiceUrl);
        _client = DynaliteFixture.NewClient(_proxy.Endpoint);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }

    [Fact]
    public async Task BudgetTryConsume_AnswerLost_TakesOneUnit()
    {
        var budget = new DynamoRemediationBudget(Client, _table, new RemediationBudgetOptions(5, TimeSpan.FromHours(1)));
        LoseTheFirstAnswer("UpdateItem", "BUDGET#");

        Assert.True(await budget.TryConsumeAsync(At, Ct));

        Assert.Equal(4, await budget.RemainingAsync(At, Ct));
        Assert.Contains(Proxy.Calls, c => c.Fault == DynamoFaultKind.AnswerLost);
    }

    [Fact]
    public async Task BudgetTryConsume_AnswerLostOnTheLastUnit_StillTakesIt()
    {
        var budget = new DynamoRemediationBudget(Client, _table, new RemediationBudgetOptions(1, TimeSpan.FromHours(1)));
        LoseTheFirstAnswer("UpdateItem", "BUDGET#");

        Assert.True(await budget.TryConsumeAsync(At, Ct));
        Assert.False(await budget.TryConsumeAsync(At, Ct));
    }

    [Fact]
    public async Task LedgerTryClaim_AnswerLost_TheClaimIsTheCallers()
    {
        var ledger = new DynamoActionLedger(Client, _table);
        LoseTheFirstAnswer("PutItem", "CLAIM#");

        Assert.True(await ledger.TryClaimAsync("revoke/sg-1/sgr-1", At, TimeSpan.FromMinutes(10), At, Ct));
        Assert.False(await new DynamoActionLedger(dynamo.Client, _table).TryClaimAsync("revoke/sg-1/sgr-1", At, TimeSpan.FromMinutes(10), At, Ct));
    }

    [Fact]
    public async Task AlertOpen_AnswerLost_TheCallerOpenedItAndMustNotify()
    {
        var alerts = new DynamoAlertStore(Client, _table);
        LoseTheFirstAnswer("PutItem", "ALERT#");

        var change = await alerts.ApplyAsync(TestAlerts.Open(1), null, At, TestAlerts.Lease, Ct);

        Assert.Equal((AlertTransition.Opened, true), (change.Transition, change.MustNotify));
        Assert.Equal(1, change.Alert!.Version);
    }

    [Fact]
    public async Task AlertCompleteNotification_AnswerLost_TheOutboxIsEmpty()
    {
        var alerts = new DynamoAlertStore(Client, _table);
        var opened = await alerts.ApplyAsync(TestAlerts.Open(1), null, At, TestAlerts.Lease, Ct);
        LoseTheFirstAnswer("PutItem", "ALERT#");

        var completed = await alerts.CompleteNotificationAsync(opened.Alert!, NotificationKind.Opened, At, Ct);

        Assert.Null(completed!.PendingNotification);
        Assert.Empty(await alerts.ListPendingNotificationsAsync(Ct));
    }

    [Fact]
    public async Task StatusPut_AnswerLost_WrittenOnce()
    {
        var statuses = new DynamoStatusStore(Client, _table, TimeProvider.System);
        var status = TestStatuses.Status("t1", version: 3);
        LoseTheFirstAnswer("PutItem", "TASK#");

        Assert.Equal(StatusWriteResult.Written, await statuses.PutAsync(status, Ct));

        Assert.Equal(status, await new DynamoStatusStore(dynamo.Client, _table, TimeProvider.System).GetAsync(status.TaskArn, Ct));
    }

    [Fact]
    public async Task LedgerClaimCompleteRelease_ThroughTheProxy_Answered()
    {
        var ledger = new DynamoActionLedger(Client, _table);

        Assert.True(await ledger.TryClaimAsync("a", At, TimeSpan.FromMinutes(10), At, Ct));
        await ledger.CompleteAsync("a", At, At.AddSeconds(1), Ct);
        Assert.True(await ledger.TryClaimAsync("b", At, TimeSpan.FromMinutes(10), At, Ct));
        await ledger.ReleaseAsync("b", At, Ct);
    }

    private void LoseTheFirstAnswer(string operation, string key) =>
        Proxy.Faults.Add(new DynamoFaultRule(DynamoFaultKind.AnswerLost, operation, key, Times: 1));
}
