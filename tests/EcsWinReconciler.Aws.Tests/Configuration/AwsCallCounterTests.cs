using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Configuration;

public class AwsCallCounterTests
{
    private const string NoVpcs = """<DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><vpcSet/></DescribeVpcsResponse>""";

    private static readonly EcsTaskFilter AnyTask = new("win-prod");

    [Fact]
    public async Task Total_SdkAndOwnClientsOfTheFactory_CountsEachCall()
    {
        await using var server = LoopbackHttpServer.Start(r => r.Header("X-Amz-Target") is null ? StubResponse.Xml(NoVpcs) : TestAws.EcsJson("""{"taskArns":[]}"""));
        var calls = new AwsCallCounter();
        var counted = Counted(server.BaseAddress, calls);
        using var ec2 = (AmazonEC2Client)counted.CreateEc2Client();
        using var ecs = counted.CreateEcsApi();
        using var uncounted = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        await ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), CancellationToken.None);
        await ecs.ListTasksAsync(AnyTask, null, CancellationToken.None);
        await ecs.ListTasksAsync(AnyTask, null, CancellationToken.None);
        await uncounted.ListTasksAsync(AnyTask, null, CancellationToken.None);

        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(3, calls.Total);
    }

    [Fact]
    public async Task Total_CallTheSdkRetried_CountsOnce()
    {
        var attempts = 0;
        await using var server = LoopbackHttpServer.Start(_ => Interlocked.Increment(ref attempts) == 1
            ? TestAws.EcsError("ServerException", "try again", 500)
            : TestAws.EcsJson("""{"taskArns":[]}"""));
        var calls = new AwsCallCounter();
        using var ecs = Counted(server.BaseAddress, calls).CreateEcsApi();

        await ecs.ListTasksAsync(AnyTask, null, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(1, calls.Total);
    }

    private static AwsClientFactory Counted(Uri endpoint, AwsCallCounter calls) =>
        new(new AwsSettings { Region = TestAws.Region, Credentials = TestAws.Credentials, EndpointUrl = endpoint, MaxAttempts = 3 }, _ => null) { Calls = calls };
}
