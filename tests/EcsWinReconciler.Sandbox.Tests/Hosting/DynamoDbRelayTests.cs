using System.Net;
using System.Text;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Tests.Support;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Sandbox.Tests.Hosting;

/// <summary>Issue 13: DynamoDB on the sandbox's one endpoint, relayed as it came to the server behind it.</summary>
public sealed class DynamoDbRelayTests
{
    [Fact]
    public async Task DynamoDbCall_WithAServerBehind_IsRelayedWithItsSignatureAndAnsweredAsItAnswered()
    {
        await using var dynamo = LoopbackHttpServer.Start(_ => new StubResponse(200, """{"TableNames":["EcsWinReconciler-Specs"]}""", "application/x-amz-json-1.0"));
        await using var host = await SandboxHost.StartAsync("healthy", new SandboxOptions { TimeProvider = TestClock.Create(), DynamoDbEndpoint = dynamo.BaseAddress });

        var (status, body) = await ListTablesAsync(host);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"TableNames":["EcsWinReconciler-Specs"]}""", body);
        var relayed = Assert.Single(dynamo.Requests);
        Assert.Equal("DynamoDB_20120810.ListTables", relayed.Header("X-Amz-Target"));
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=", relayed.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal(1, host.Calls.Count("dynamodb", "ListTables"));
    }

    [Fact]
    public async Task DynamoDbCall_NoServerBehind_IsDynamoDbsOwnErrorSayingWhy()
    {
        await using var host = await TestSandbox.StartAsync();

        var (status, body) = await ListTablesAsync(host);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("UnknownOperationException", body, StringComparison.Ordinal);
        Assert.Contains("serves no DynamoDB", body, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> ListTablesAsync(SandboxHost host)
    {
        using var http = new HttpClient();
        var body = "{}"u8.ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810.ListTables");
        TestSigner.Sign(request, body, "dynamodb", TestClock.Start);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }
}
