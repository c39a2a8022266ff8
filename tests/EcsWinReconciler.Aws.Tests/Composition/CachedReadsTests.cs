using Amazon.DynamoDBv2;
using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Aws.Tests.DynamoDb;
using EcsWinReconciler.TestSupport.Dynamo;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Composition;

[Collection(DynaliteFixture.Collection)]
public sealed class CachedReadsTests(DynaliteFixture dynamo)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task ForgetSpecs_ListKept_NextListScans()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var specs = new DynamoSpecStore(client, tables.Specs, TestSpecs.Parse, _time);
        var caches = new CachedReads(new Ec2ReadCache(_time), specs);

        await specs.ListAsync(CancellationToken.None);
        await specs.ListAsync(CancellationToken.None);
        var scansWhileKept = counter.Calls(nameof(IAmazonDynamoDB.ScanAsync));
        caches.ForgetSpecs();
        await specs.ListAsync(CancellationToken.None);

        Assert.Equal((1, 2), (scansWhileKept, counter.Calls(nameof(IAmazonDynamoDB.ScanAsync))));
    }

    [Fact]
    public void ForgetResources_GroupVpcAndDhcpIds_DropOnlyTheNamedGroup()
    {
        var ec2 = new Ec2ReadCache(_time);
        var caches = new CachedReads(ec2, new DynamoSpecStore(dynamo.Client, "never-read", TestSpecs.Parse, _time));
        ec2.SecurityGroups.Set("sg-0aaa", null);
        ec2.SecurityGroups.Set("sg-0bbb", null);

        caches.ForgetResources(["sg-0aaa", "vpc-0ccc", "dopt-0ddd"]);

        Assert.False(ec2.SecurityGroups.TryGet("sg-0aaa", out _));
        Assert.True(ec2.SecurityGroups.TryGet("sg-0bbb", out _));
    }
}
