using System.Text.Json;
using System.Xml.Linq;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>The walkers find what they are meant to find (so a passing conformance test means something).</summary>
public class ShapeWalkerTests
{
    [BotocoreFact]
    public void JsonWalker_UnknownMemberWrongKindAndBadEnum_AllReported()
    {
        var model = new ShapeModel(BotocoreModels.Load("ecs"));
        using var json = JsonDocument.Parse("""{"tasks":[{"taskArn":"a","platformFamilyX":"b","version":"7","launchType":"MOON"}],"failures":[]}""");

        var problems = JsonShapeWalker.Problems(model, "DescribeTasksResponse", json.RootElement);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("platformFamilyX", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("version", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("MOON", StringComparison.Ordinal));
    }

    [BotocoreFact]
    public void XmlWalker_UnknownElementAndBadBoolean_Reported()
    {
        var model = new ShapeModel(BotocoreModels.Load("ec2"));
        XNamespace ns = "http://ec2.amazonaws.com/doc/2016-11-15/";
        var body = new XElement(ns + "R",
            new XElement(ns + "networkInterfaceSet",
                new XElement(ns + "item", new XElement(ns + "requesterManaged", "yes"), new XElement(ns + "colour", "blue"))));

        var problems = XmlShapeWalker.Problems(model, "DescribeNetworkInterfacesResult", body, "item");

        Assert.Equal(2, problems.Count);
    }
}
