using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Sns;

/// <summary>The SNS client against a scripted loopback server.</summary>
public class SnsApiClientWireTests
{
    private const string Topic = "arn:aws:sns:eu-west-1:111122223333:ecs-win-alerts";
    private const string FifoTopic = Topic + ".fifo";

    private static StubResponse Published(string id = "5a8f3e2c-0000-4c1b-9a3e-8f1d2b3c4d5e") => StubResponse.Xml(
        $"""<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>{id}</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></PublishResponse>""");

    [Fact]
    public async Task Publish_Request_IsQueryFormSignedForSns()
    {
        await using var server = LoopbackHttpServer.Start(_ => Published("m-42"));
        using var sns = TestAws.Factory(server.BaseAddress).CreateSnsApi();

        var id = await sns.PublishAsync(new SnsPublishRequest(Topic, "body ✓ & more")
        {
            Subject = "Open: RDP open to the world",
            Attributes = [new("severity", "high"), new("check", "sg.forbidden-ingress")],
            MessageGroupId = "g",
            MessageDeduplicationId = "d",
        }, CancellationToken.None);

        Assert.Equal("m-42", id);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/"), (request.Method, request.Path));
        Assert.StartsWith("application/x-www-form-urlencoded", request.Header("Content-Type"), StringComparison.Ordinal);
        var form = request.FormFields();
        Assert.Equal("Publish", form["Action"]);
        Assert.Equal("2010-03-31", form["Version"]);
        Assert.Equal(Topic, form["TopicArn"]);
        Assert.Equal("body ✓ & more", form["Message"]);
        Assert.Equal("Open: RDP open to the world", form["Subject"]);
        Assert.Equal(("severity", "String", "high"), (form["MessageAttributes.entry.1.Name"], form["MessageAttributes.entry.1.Value.DataType"], form["MessageAttributes.entry.1.Value.StringValue"]));
        Assert.Equal(("check", "sg.forbidden-ingress"), (form["MessageAttributes.entry.2.Name"], form["MessageAttributes.entry.2.Value.StringValue"]));
        Assert.False(form.ContainsKey("MessageGroupId"), "FIFO fields only go to .fifo topics");
        Assert.False(form.ContainsKey("MessageDeduplicationId"));

        var authorization = SigV4Authorization.Parse(request.Header("Authorization"));
        Assert.NotNull(authorization);
        Assert.Equal((TestAws.Region, "sns"), (authorization.Region, authorization.Service));
        Assert.Equal(request.Header("Authorization"), TestAws.Resign(request, TestAws.Region, "sns").Authorization);
    }

    [Fact]
    public async Task Publish_FifoTopic_SendsGroupAndDeduplicationIds()
    {
        await using var server = LoopbackHttpServer.Start(_ => Published());
        using var sns = TestAws.Factory(server.BaseAddress).CreateSnsApi();

        await sns.PublishAsync(new SnsPublishRequest(FifoTopic, "m") { MessageGroupId = "alerts", MessageDeduplicationId = "spec:sg.open:opened:1" }, CancellationToken.None);

        var form = Assert.Single(server.Requests).FormFields();
        Assert.Equal("alerts", form["MessageGroupId"]);
        Assert.Equal("spec:sg.open:opened:1", form["MessageDeduplicationId"]);
    }

    [Fact]
    public async Task Publish_UnfitSubjectAndAttributes_AreSanitisedNotRefused()
    {
        await using var server = LoopbackHttpServer.Start(_ => Published());
        using var sns = TestAws.Factory(server.BaseAddress).CreateSnsApi();
        var attributes = Enumerable.Range(1, 12).Select(i => new KeyValuePair<string, string>($"a{i}", i == 2 ? " " : $"v{i}")).ToList();

        await sns.PublishAsync(new SnsPublishRequest(Topic, "m") { Subject = "\n  Résolu:\tDNS\r\nchanged " + new string('x', 200), Attributes = attributes }, CancellationToken.None);

        var form = Assert.Single(server.Requests).FormFields();
        var subject = form["Subject"];
        Assert.StartsWith("R?solu: DNS changed xxx", subject, StringComparison.Ordinal);
        Assert.True(subject.Length < 100);
        var names = form.Where(f => f.Key.EndsWith(".Name", StringComparison.Ordinal)).OrderBy(f => int.Parse(f.Key.Split('.')[2], System.Globalization.CultureInfo.InvariantCulture)).Select(f => f.Value);
        Assert.Equal(["a1", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11"], names);
    }

    [Fact]
    public async Task Publish_ThrottledTwice_IsRetriedAndSucceeds()
    {
        var calls = 0;
        await using var server = LoopbackHttpServer.Start(_ => Interlocked.Increment(ref calls) <= 2 ? TestAws.SnsError("Throttling", "Rate exceeded", 400) : Published("m-3"));
        using var sns = TestAws.Factory(server.BaseAddress, maxAttempts: 3).CreateSnsApi();

        Assert.Equal("m-3", await sns.PublishAsync(new SnsPublishRequest(Topic, "m"), CancellationToken.None));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Publish_ThrottledBeyondMaxAttempts_IsTransientAdapterException()
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.SnsError("Throttling", "Rate exceeded", 400));
        using var sns = TestAws.Factory(server.BaseAddress, maxAttempts: 2).CreateSnsApi();

        var error = await Assert.ThrowsAsync<AdapterException>(() => sns.PublishAsync(new SnsPublishRequest(Topic, "m"), CancellationToken.None));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(("sns", "Publish", Topic, "Throttling", true), (error.Component, error.Operation, error.ResourceId, error.ErrorCode, error.IsTransient));
    }

    [Theory]
    [InlineData("NotFound", 404)]
    [InlineData("AuthorizationError", 403)]
    [InlineData("InvalidParameter", 400)]
    public async Task Publish_ClientError_IsAdapterExceptionWithTheCode(string code, int status)
    {
        await using var server = LoopbackHttpServer.Start(_ => TestAws.SnsError(code, "no", status));
        using var sns = TestAws.Factory(server.BaseAddress).CreateSnsApi();

        var error = await Assert.ThrowsAsync<AdapterException>(() => sns.PublishAsync(new SnsPublishRequest(Topic, "m"), CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Equal((code, false), (error.ErrorCode, error.IsTransient));
    }

    [Fact]
    public async Task Publish_TooLargeWithAttributes_IsRefusedBeforeSending()
    {
        await using var server = LoopbackHttpServer.Start(_ => Published());
        using var sns = TestAws.Factory(server.BaseAddress).CreateSnsApi();
        var message = new string('é', 131_000); // 262,000 bytes of UTF-8: fits alone, not with the attribute below.

        var error = await Assert.ThrowsAsync<AdapterException>(() =>
            sns.PublishAsync(new SnsPublishRequest(Topic, message) { Attributes = [new("detail", new string('x', 200))] }, CancellationToken.None));

        Assert.Empty(server.Requests);
        Assert.Equal((SnsErrorCodes.MessageTooLong, false), (error.ErrorCode, error.IsTransient));
        Assert.Contains("262212 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_AnswerWithoutMessageId_IsAnError()
    {
        await using var server = LoopbackHttpServer.Start(_ => StubResponse.Xml("<PublishResponse><PublishResult/></PublishResponse>"));
        using var sns = TestAws.Factory(server.BaseAddress).CreateSnsApi();

        var error = await Assert.ThrowsAsync<AdapterException>(() => sns.PublishAsync(new SnsPublishRequest(Topic, "m"), CancellationToken.None));

        Assert.Contains("MessageId", error.Message, StringComparison.Ordinal);
    }
}
