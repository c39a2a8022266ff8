using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.TestSupport.Dynamo;
using EcsWinReconciler.TestSupport.Dynamo.Faults;

namespace EcsWinReconciler.Aws.Tests.DynamoDb.Faults;

/// <summary>
/// The fault proxy as the real SDK sees it: each fault reaches the client as DynamoDB's would (error code, retried or not),
/// and a lost answer is a write that was applied (its retry finds its own item).
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoFaultProxyTests(DynaliteFixture dynamo)
{
    [Theory]
    [InlineData(DynamoFaultKind.ProvisionedThroughputExceeded, "ProvisionedThroughputExceededException")]
    [InlineData(DynamoFaultKind.Throttling, "ThrottlingException")]
    [InlineData(DynamoFaultKind.InternalServerError, "InternalServerError")]
    [InlineData(DynamoFaultKind.ServiceUnavailable, "ServiceUnavailableException")]
    public async Task ErrorEveryTime_TheSdkRetriesThenThrowsDynamoDbsCode(DynamoFaultKind kind, string code)
    {
        var table = (await dynamo.CreateTablesAsync()).State;
        await using var proxy = DynamoFaultProxy.Start(dynamo.Server.ServiceUrl);
        using var client = DynaliteFixture.NewClient(proxy.Endpoint, maxAttempts: 2);
        proxy.Faults.Add(new DynamoFaultRule(kind, "GetItem"));

        var error = await Assert.ThrowsAnyAsync<AmazonDynamoDBException>(() => client.GetItemAsync(Get(table)));

        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(2, proxy.Calls.Count(c => c.Fault == kind));
    }

    [Theory]
    [InlineData(DynamoFaultKind.ProvisionedThroughputExceeded)]
    [InlineData(DynamoFaultKind.Throttling)]
    [InlineData(DynamoFaultKind.InternalServerError)]
    [InlineData(DynamoFaultKind.ServiceUnavailable)]
    [InlineData(DynamoFaultKind.ConnectionReset)]
    public async Task FaultOnce_TheSdkRetryAnswers(DynamoFaultKind kind)
    {
        var table = (await dynamo.CreateTablesAsync()).State;
        await using var proxy = DynamoFaultProxy.Start(dynamo.Server.ServiceUrl);
        using var client = DynaliteFixture.NewClient(proxy.Endpoint);
        proxy.Faults.Add(new DynamoFaultRule(kind, "PutItem", Times: 1));

        await client.PutItemAsync(Put(table));

        Assert.Equal([kind, null], proxy.Calls.Select(c => c.Fault));
        Assert.Equal(200, proxy.Calls[^1].Status);
    }

    [Fact]
    public async Task AnswerLost_TheWriteWasAppliedAndItsRetryFindsIt()
    {
        var table = (await dynamo.CreateTablesAsync()).State;
        await using var proxy = DynamoFaultProxy.Start(dynamo.Server.ServiceUrl);
        using var client = DynaliteFixture.NewClient(proxy.Endpoint);
        proxy.Faults.Add(new DynamoFaultRule(DynamoFaultKind.AnswerLost, "PutItem", Times: 1));

        var put = Put(table);
        put.ConditionExpression = "attribute_not_exists(pk)";

        await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => client.PutItemAsync(put));
        Assert.Equal([DynamoFaultKind.AnswerLost, null], proxy.Calls.Select(c => c.Fault));
    }

    [Fact]
    public async Task LatencyAndKeyFilter_OnlyTheNamedItemIsDelayedAndEveryCallAnswers()
    {
        var table = (await dynamo.CreateTablesAsync()).State;
        await using var proxy = DynamoFaultProxy.Start(dynamo.Server.ServiceUrl);
        using var client = DynaliteFixture.NewClient(proxy.Endpoint);
        proxy.Faults.Add(new DynamoFaultRule(DynamoFaultKind.Latency, KeyContains: "BUDGET#", Delay: TimeSpan.FromMilliseconds(20)));
        proxy.Faults.Add(new DynamoFaultRule(DynamoFaultKind.Throttling, KeyContains: "NOT-THIS-ONE#"));

        await client.PutItemAsync(Put(table));
        await client.GetItemAsync(Get(table));

        Assert.Equal([200, 200], proxy.Calls.Select(c => c.Status));
        Assert.All(proxy.Calls, c => Assert.Null(c.Fault));
    }

    private static PutItemRequest Put(string table) => new()
    {
        TableName = table,
        Item = new() { [StateTable.PartitionKey] = new AttributeValue("BUDGET#proxy-test"), [StateTable.SortKey] = new AttributeValue("BUDGET") },
    };

    private static GetItemRequest Get(string table) => new()
    {
        TableName = table,
        Key = new() { [StateTable.PartitionKey] = new AttributeValue("BUDGET#proxy-test"), [StateTable.SortKey] = new AttributeValue("BUDGET") },
    };
}
