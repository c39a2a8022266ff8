using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Aws.Signing;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.TestSupport.Wire;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Signing;

public class SigV4PipelineSignerTests
{
    private sealed class AnyCall : AmazonWebServiceRequest;

    [Fact]
    public void ToSigV4Request_SdkRequest_SignsOnlyStableHeadersWithHostAndPort()
    {
        var request = new DefaultRequest(new AnyCall(), "ECS")
        {
            HttpMethod = "POST",
            ResourcePath = "/",
            Endpoint = new Uri("http://127.0.0.1:4566/base/"),
            Content = Encoding.UTF8.GetBytes("{}"),
        };
        request.Headers["Content-Type"] = "application/x-amz-json-1.1";
        request.Headers["X-Amz-Target"] = "AmazonEC2ContainerServiceV20141113.ListTasks";
        request.Headers["User-Agent"] = "aws-sdk-dotnet";
        request.Headers["amz-sdk-request"] = "attempt=1; max=3";

        var sigV4 = SigV4PipelineSigner.ToSigV4Request(request);

        Assert.Equal(("POST", "127.0.0.1:4566", "/base/"), (sigV4.Method, sigV4.Host, sigV4.Path));
        Assert.Equal(["Content-Type", "X-Amz-Target"], sigV4.Headers.Select(h => h.Key).Order(StringComparer.Ordinal));
        Assert.Equal("{}", Encoding.UTF8.GetString(sigV4.Body.Span));
    }

    [Fact]
    public async Task Sign_InThePipeline_ReadsTheInjectedClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 10, 15, 42, TimeSpan.Zero));
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"taskArns":[]}"""));
        using var ecs = TestAws.Factory(server.BaseAddress, timeProvider: clock).CreateEcsApi();

        await ecs.ListTasksAsync(new EcsTaskFilter("c"), null, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("20260304T101542Z", request.Header("X-Amz-Date"));
        Assert.Equal("20260304", SigV4Authorization.Parse(request.Header("Authorization"))?.Date);
    }

    [Fact]
    public async Task Sign_SessionCredentials_SendAndSignTheToken()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson("""{"taskArns":[]}"""));
        var credentials = new SessionAWSCredentials(TestAws.AccessKey, TestAws.SecretKey, "fake-session-token");
        using var ecs = TestAws.Factory(server.BaseAddress, credentials: credentials).CreateEcsApi();

        await ecs.ListTasksAsync(new EcsTaskFilter("c"), null, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("fake-session-token", request.Header("X-Amz-Security-Token"));
        Assert.Equal(request.Header("Authorization"), TestAws.Resign(request, TestAws.Region, "ecs").Authorization);
    }
}
