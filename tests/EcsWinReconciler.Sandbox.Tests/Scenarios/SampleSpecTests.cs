using System.Text.RegularExpressions;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace EcsWinReconciler.Sandbox.Tests.Scenarios;

public partial class SampleSpecTests
{
    [Fact]
    public void Yaml_Documents_TaskNetworkSpecsForWinProd()
    {
        var documents = Load();

        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal(("ecswin.reconciler/v1", "TaskNetworkSpec"), (Scalar(d, "apiVersion"), Scalar(d, "kind"))));
        Assert.Equal(["iis-webserver", "win-prod-default"], documents.Select(d => Scalar((YamlMappingNode)d["metadata"], "name")));
        Assert.All(documents, d => Assert.Equal(ScenarioIds.ClusterName, Scalar((YamlMappingNode)((YamlMappingNode)d["spec"])["selector"], "cluster")));
    }

    [Fact]
    public async Task Yaml_EveryAwsId_ExistsInTheHealthyScenario()
    {
        await using var host = await TestSandbox.StartAsync();
        var ids = AwsId().Matches(SampleSpec.Yaml).Select(m => m.Value).Distinct().ToList();

        Assert.Equal(4, ids.Count);
        host.State.Read(w =>
        {
            Assert.All(ids, id => Assert.True(w.Subnets.ContainsKey(id) || w.SecurityGroups.ContainsKey(id), id));
            return 0;
        });
    }

    [Fact]
    public void Yaml_IisSpec_WantsWhatTheHealthyScenarioHas()
    {
        var spec = (YamlMappingNode)Load()[0]["spec"];
        var dns = (YamlMappingNode)spec["dns"];
        var groups = (YamlMappingNode)spec["securityGroups"];

        Assert.Equal([ScenarioIds.DomainControllerA, ScenarioIds.DomainControllerB], ((YamlSequenceNode)dns["servers"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal(ScenarioIds.DomainName, Scalar(dns, "domainName"));
        Assert.Equal([ScenarioIds.WebGroup], ((YamlSequenceNode)groups["ids"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal([ScenarioIds.SubnetA, ScenarioIds.SubnetB], ((YamlSequenceNode)((YamlMappingNode)spec["eni"])["subnets"]).Select(n => ((YamlScalarNode)n).Value));
    }

    private static List<YamlMappingNode> Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(SampleSpec.Yaml));
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    private static string? Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value;

    [GeneratedRegex("(sg|subnet|vpc)-[0-9a-f]{17}")]
    private static partial Regex AwsId();
}
