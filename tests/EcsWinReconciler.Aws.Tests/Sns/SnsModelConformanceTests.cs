using System.Text.Json;
using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests.Sns;

/// <summary>Our Publish form, answer and error codes against the official SNS API model.</summary>
public class SnsModelConformanceTests
{
    /// <summary>SNS common errors (sns/latest/api/CommonErrors.html): not in the model.</summary>
    private static readonly string[] CommonErrors = ["Throttling"];

    private static JsonElement Shape(JsonDocument model, string name) => model.RootElement.GetProperty("shapes").GetProperty(name);

    [BotocoreFact]
    public void Metadata_ProtocolVersionAndNamespace_MatchTheModel()
    {
        using var model = BotocoreModels.Load("sns");
        var metadata = model.RootElement.GetProperty("metadata");

        Assert.Equal("query", metadata.GetProperty("protocol").GetString());
        Assert.Equal(SnsPublishForm.ApiVersion, metadata.GetProperty("apiVersion").GetString());
        Assert.Equal("SNS", metadata.GetProperty("serviceId").GetString());
    }

    [BotocoreFact]
    public void Form_EveryFieldWeSend_IsAPublishInputMember()
    {
        using var model = BotocoreModels.Load("sns");
        var publish = model.RootElement.GetProperty("operations").GetProperty("Publish");
        var input = Shape(model, publish.GetProperty("input").GetProperty("shape").GetString()!).GetProperty("members");
        var fields = SnsPublishForm.Fields("arn:aws:sns:eu-west-1:1:t.fifo", "m", "s", [new("a", "b")], "g", "d");

        foreach (var (name, _) in fields.Where(f => f.Key is not ("Action" or "Version")))
        {
            var root = name.Split('.')[0];
            Assert.True(input.TryGetProperty(root, out _), $"{name}: {root} is not a member of PublishInput");
        }

        var map = Shape(model, input.GetProperty("MessageAttributes").GetProperty("shape").GetString()!);
        Assert.Equal("Name", map.GetProperty("key").GetProperty("locationName").GetString());
        Assert.Equal("Value", map.GetProperty("value").GetProperty("locationName").GetString());
        var value = Shape(model, map.GetProperty("value").GetProperty("shape").GetString()!).GetProperty("members");
        Assert.True(value.TryGetProperty("DataType", out _));
        Assert.True(value.TryGetProperty("StringValue", out _));
        Assert.Contains(fields, f => f.Key == "MessageAttributes.entry.1.Value.StringValue");
    }

    [BotocoreFact]
    public void Answer_MessageIdInPublishResult_IsInTheModel()
    {
        using var model = BotocoreModels.Load("sns");
        var output = model.RootElement.GetProperty("operations").GetProperty("Publish").GetProperty("output");

        Assert.Equal("PublishResult", output.GetProperty("resultWrapper").GetString());
        Assert.True(Shape(model, output.GetProperty("shape").GetString()!).GetProperty("members").TryGetProperty("MessageId", out _));
    }

    [BotocoreFact]
    public void ErrorCodes_EveryCodeWeName_IsAPublishErrorOrACommonError()
    {
        using var model = BotocoreModels.Load("sns");
        var codes = model.RootElement.GetProperty("operations").GetProperty("Publish").GetProperty("errors").EnumerateArray()
            .Select(e => Shape(model, e.GetProperty("shape").GetString()!).GetProperty("error").GetProperty("code").GetString()!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(SnsErrorCodes.Named, code => Assert.True(codes.Contains(code) || CommonErrors.Contains(code), $"{code} is neither a Publish error nor a common error"));
    }
}
