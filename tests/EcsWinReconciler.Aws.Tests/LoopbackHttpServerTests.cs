using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests;

public class LoopbackHttpServerTests
{
    [Fact]
    public async Task Start_PostedForm_IsRecordedAndAnswered()
    {
        await using var server = LoopbackHttpServer.Start(r => StubResponse.Xml($"<ok>{r.FormFields()["Action"]}</ok>"));
        using var http = new HttpClient();
        var response = await http.PostAsync(server.BaseAddress, new FormUrlEncodedContent([new("Action", "Publish"), new("Subject", "a b")]));

        Assert.Equal("<ok>Publish</ok>", await response.Content.ReadAsStringAsync());
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("a b", request.FormFields()["Subject"]);
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
    }

    [Theory]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", true)]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=nothex", false)]
    [InlineData("Basic dXNlcjpwYXNz", false)]
    public void SigV4Authorization_Parse_AcceptsOnlyWellFormedHeaders(string header, bool valid)
    {
        var parsed = SigV4Authorization.Parse(header);
        Assert.Equal(valid, parsed is not null);
        if (parsed is not null)
        {
            Assert.Equal(["host", "x-amz-date"], parsed.SignedHeaders);
            Assert.Equal("service", parsed.Service);
        }
    }
}
