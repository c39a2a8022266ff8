using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Hosting;

public class AuthenticationTests
{
    [Fact]
    public async Task Ecs_Unsigned_MissingAuthenticationTokenException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.EcsAsync("ListTasks", """{"cluster":"win-prod"}""", sign: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("MissingAuthenticationTokenException", body.GetProperty("__type").GetString());
        Assert.Equal(1, host.Calls.Count("ecs", "ListTasks"));
    }

    [Theory]
    [InlineData("ec2", "2016-11-15", "DescribeVpcs", "MissingAuthenticationToken", HttpStatusCode.Unauthorized)]
    [InlineData("sns", "2010-03-31", "ListTopics", "MissingAuthenticationToken", HttpStatusCode.Forbidden)]
    public async Task Query_Unsigned_TheServicesAuthError(string service, string version, string action, string code, HttpStatusCode expected)
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.QueryAsync(service, version, [("Action", action)], sign: false);

        Assert.Equal(expected, status);
        Assert.Equal(code, body.Descendants().Single(e => e.Name.LocalName == "Code").Value);
        Assert.Equal(1, host.Calls.Count(service, action));
    }

    [Fact]
    public async Task Ec2Sdk_AnonymousCredentials_AmazonEc2ExceptionNotAnAnswer()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = new AmazonEC2Client(new AnonymousAWSCredentials(), new AmazonEC2Config { ServiceURL = host.Endpoint.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeVpcsAsync(new DescribeVpcsRequest()));

        Assert.Equal("MissingAuthenticationToken", error.ErrorCode);
    }

    [Fact]
    public async Task Ecs_SignedForAnotherService_IncompleteSignatureException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var http = new HttpClient();
        var body = "{}"u8.ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListTasks");
        TestSigner.Sign(request, body, "ec2", TestClock.Start);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("IncompleteSignatureException", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
