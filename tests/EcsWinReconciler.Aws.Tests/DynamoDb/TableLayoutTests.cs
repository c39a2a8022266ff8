using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

[Collection(DynaliteFixture.Collection)]
public sealed class TableLayoutTests(DynaliteFixture dynamo)
{
    [Fact]
    public void SpecsTable_StreamsNewAndOldImages()
    {
        var request = SpecsTable.CreateRequest("Specs");

        Assert.True(request.StreamSpecification.StreamEnabled);
        Assert.Equal(StreamViewType.NEW_AND_OLD_IMAGES, request.StreamSpecification.StreamViewType);
        Assert.Equal(BillingMode.PAY_PER_REQUEST, request.BillingMode);
    }

    [Fact]
    public async Task CreateTables_OnDynalite_KeysAndIndexesAsDeclared()
    {
        var tables = await dynamo.CreateTablesAsync();

        var specs = (await dynamo.Client.DescribeTableAsync(tables.Specs)).Table;
        var state = (await dynamo.Client.DescribeTableAsync(tables.State)).Table;

        Assert.Equal([("name", KeyType.HASH)], specs.KeySchema.Select(k => (k.AttributeName, k.KeyType)));
        Assert.Equal([("pk", KeyType.HASH), ("sk", KeyType.RANGE)], state.KeySchema.Select(k => (k.AttributeName, k.KeyType)));
        Assert.Equal(
            [("alerts", "alertsPk", "alertsSk"), ("byCluster", "byClusterPk", "byClusterSk")],
            state.GlobalSecondaryIndexes.Select(i => (i.IndexName, i.KeySchema[0].AttributeName, i.KeySchema[1].AttributeName)).Order());
        Assert.All(state.GlobalSecondaryIndexes, i => Assert.Equal(ProjectionType.ALL, i.Projection.ProjectionType));
        Assert.Equal(TableStatus.ACTIVE, state.TableStatus);
    }

    [Fact]
    public async Task CreateTables_Twice_LeavesTheExistingTablesAndTheirItems()
    {
        var tables = await dynamo.CreateTablesAsync();
        await dynamo.Client.PutItemAsync(tables.Specs, new Dictionary<string, AttributeValue> { ["name"] = new() { S = "kept" } });

        await DynamoTableSetup.CreateTablesAsync(dynamo.Client, tables, CancellationToken.None);

        Assert.True((await dynamo.Client.GetItemAsync(tables.Specs, new Dictionary<string, AttributeValue> { ["name"] = new() { S = "kept" } })).Item is { Count: > 0 });
    }

    [Fact]
    public void ClusterName_ArnOrName_TheName()
    {
        Assert.Equal("win-prod", StateKeys.ClusterName("arn:aws:ecs:us-east-1:123456789012:cluster/win-prod"));
        Assert.Equal("win-prod", StateKeys.ClusterName("win-prod"));
        Assert.Equal("CLUSTER#win-prod", StateKeys.ClusterPartition(StatePlace.Home, "arn:aws-us-gov:ecs:us-gov-west-1:123456789012:cluster/win-prod"));
    }
}
