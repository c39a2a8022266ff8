using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.Hosting;

namespace EcsWinReconciler.Sandbox.Tests.Support;

/// <summary>
/// Raw, SigV4-signed calls: ECS JSON 1.1 by X-Amz-Target, SNS and EC2 Query by form; signed in <paramref name="region"/>
/// with <paramref name="accessKey"/> (the hub's test key unless a member session's is given), which pick the world that answers.
/// </summary>
public sealed class WireCalls(SandboxHost host, string region = SandboxAccount.Region, string accessKey = TestSigner.AccessKey) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = host.Endpoint };

    public async Task<(HttpStatusCode Status, JsonElement Body)> EcsAsync(string operation, string json, bool sign = true)
    {
        var body = Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AmazonEC2ContainerServiceV20141113." + operation);
        if (sign)
        {
            TestSigner.Sign(request, body, "ecs", TestClock.Start, region, accessKey);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/x-amz-json-1.1", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A Route 53 Resolver call: JSON 1.1 by <c>X-Amz-Target: Route53Resolver.Op</c>, signed for <c>route53resolver</c> unless told.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> ResolverAsync(string operation, string json, string? signingService = "route53resolver")
    {
        var body = Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "Route53Resolver." + operation);
        if (signingService is not null)
        {
            TestSigner.Sign(request, body, signingService, TestClock.Start, region, accessKey);
        }

        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>DescribeServices for one service of win-prod: the service object of the answer.</summary>
    public async Task<JsonElement> DescribeServiceAsync(string service)
    {
        var (status, body) = await EcsAsync("DescribeServices", $$"""{"cluster":"win-prod","services":["{{service}}"]}""");
        Assert.Equal(HttpStatusCode.OK, status);
        return Assert.Single(body.GetProperty("services").EnumerateArray());
    }

    public Task<(HttpStatusCode Status, XElement Body)> SnsAsync(params (string Name, string Value)[] form) => QueryAsync("sns", "2010-03-31", form);

    public Task<(HttpStatusCode Status, XElement Body)> Ec2Async(params (string Name, string Value)[] form) => QueryAsync("ec2", "2016-11-15", form);

    public async Task<(HttpStatusCode Status, XElement Body)> QueryAsync(string service, string version, (string Name, string Value)[] form, bool sign = true)
    {
        var fields = form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("Version", version));
        using var content = new FormUrlEncodedContent(fields);
        var body = await content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        if (sign)
        {
            TestSigner.Sign(request, body, service, TestClock.Start, region, accessKey);
        }

        using var response = await _http.SendAsync(request);
        return (response.StatusCode, XElement.Parse(await response.Content.ReadAsStringAsync()));
    }

    public async Task<string> AdminGetAsync(string path) => await _http.GetStringAsync("_sandbox/" + path);

    public async Task<HttpResponseMessage> AdminSendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, "_sandbox/" + path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
