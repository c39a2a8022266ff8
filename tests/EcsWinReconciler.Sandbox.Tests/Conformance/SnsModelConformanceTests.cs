using System.Xml.Linq;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>SNS answers and errors checked against botocore's SNS model.</summary>
public class SnsModelConformanceTests
{
    private static readonly XNamespace Ns = "http://sns.amazonaws.com/doc/2010-03-31/";

    public static TheoryData<string, string[]> Calls => new()
    {
        { "Publish", ["TopicArn", ScenarioIds.TopicArn, "Subject", "s", "Message", "m"] },
        { "CreateTopic", ["Name", "another"] },
        { "ListTopics", [] },
        { "ListSubscriptions", [] },
        { "ListSubscriptionsByTopic", ["TopicArn", ScenarioIds.TopicArn] },
    };

    [BotocoreTheory]
    [MemberData(nameof(Calls))]
    public async Task Answer_ResultElements_AreInTheOutputShape(string operation, string[] parameters)
    {
        var model = new ShapeModel(BotocoreModels.Load("sns"));
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var form = new List<(string, string)> { ("Action", operation) };
        for (var i = 0; i < parameters.Length; i += 2)
        {
            form.Add((parameters[i], parameters[i + 1]));
        }

        var (_, body) = await wire.SnsAsync([.. form]);

        Assert.Equal([operation + "Result", "ResponseMetadata"], body.Elements().Select(e => e.Name.LocalName));
        var result = body.Element(Ns + (operation + "Result"))!;
        Assert.NotEmpty(result.Elements());
        ShapeAssert.NoProblems(XmlShapeWalker.Problems(model, model.OutputShape(operation)!, result, "member"));
    }

    [BotocoreTheory]
    [InlineData("Subject", "line\nbreak", "InvalidParameter")]
    [InlineData("MessageAttributes.entry.1.Name", "severity", "ParameterValueInvalid")]
    [InlineData("TopicArn", "arn:aws:sns:us-east-1:111122223333:nope", "NotFound")]
    public async Task Publish_Error_CodeDeclaredByPublish(string name, string value, string expected)
    {
        using var document = BotocoreModels.Load("sns");
        var shapes = document.RootElement.GetProperty("shapes");
        var declared = document.RootElement.GetProperty("operations").GetProperty("Publish").GetProperty("errors").EnumerateArray()
            .Select(e => shapes.GetProperty(e.GetProperty("shape").GetString()!))
            .Select(s => s.TryGetProperty("error", out var error) ? error.GetProperty("code").GetString() : null)
            .ToList();
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var form = new Dictionary<string, string> { ["Action"] = "Publish", ["TopicArn"] = ScenarioIds.TopicArn, ["Message"] = "m", [name] = value };

        var (_, body) = await wire.SnsAsync([.. form.Select(p => (p.Key, p.Value))]);

        Assert.Equal(expected, body.Descendants(Ns + "Code").Single().Value);
        Assert.Contains(expected, declared);
    }
}
