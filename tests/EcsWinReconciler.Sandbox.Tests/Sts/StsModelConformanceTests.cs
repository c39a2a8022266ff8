using System.Xml.Linq;
using EcsWinReconciler.Sandbox.Tests.Conformance;
using EcsWinReconciler.Sandbox.Tests.Support;
using EcsWinReconciler.TestSupport.Reference;
using static EcsWinReconciler.Sandbox.Tests.Sts.StsClients;

namespace EcsWinReconciler.Sandbox.Tests.Sts;

/// <summary>STS answers checked against botocore's STS model (python3-botocore): every element is a member of the output shape.</summary>
public sealed class StsModelConformanceTests
{
    private static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    public static TheoryData<string, string[]> Calls => new()
    {
        { "AssumeRole", ["RoleArn", RoleArn(Member), "RoleSessionName", "EcsWinReconciler", "ExternalId", ExternalId] },
        { "GetCallerIdentity", [] },
    };

    [BotocoreTheory]
    [MemberData(nameof(Calls))]
    public async Task Answer_ResultElements_AreInTheOutputShape(string operation, string[] parameters)
    {
        var model = new ShapeModel(BotocoreModels.Load("sts"));
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        using var wire = new WireCalls(host);
        var form = new List<(string, string)> { ("Action", operation) };
        for (var i = 0; i < parameters.Length; i += 2)
        {
            form.Add((parameters[i], parameters[i + 1]));
        }

        var (_, body) = await wire.QueryAsync("sts", "2011-06-15", [.. form]);

        Assert.Equal([operation + "Result", "ResponseMetadata"], body.Elements().Select(e => e.Name.LocalName));
        var result = body.Element(Ns + (operation + "Result"))!;
        Assert.NotEmpty(result.Elements());
        ShapeAssert.NoProblems(XmlShapeWalker.Problems(model, model.OutputShape(operation)!, result, "member"));
    }

    [BotocoreFact]
    public async Task Error_HasTheQueryProtocolsErrorResponseShape()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        using var wire = new WireCalls(host);

        var (status, body) = await wire.QueryAsync("sts", "2011-06-15", [("Action", "AssumeRole"), ("RoleArn", RoleArn(MemberWithoutRole)), ("RoleSessionName", "session")]);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, status);
        Assert.Equal(["Error", "RequestId"], body.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["Type", "Code", "Message"], body.Element(Ns + "Error")!.Elements().Select(e => e.Name.LocalName));
    }
}
