using System.Text.Json;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>The property tests' own machinery must work, or they would pass for nothing.</summary>
public class DocumentTreeTests
{
    private static DocumentTree Tree(string json) => DocumentTree.From(JsonDocument.Parse(json).RootElement);

    [Theory]
    [InlineData("", true)]
    [InlineData("spec", true)]
    [InlineData("spec.eni.subnets[1]", true)]
    [InlineData("spec.eni.subnets[2]", false)]
    [InlineData("spec[\"odd.key\"]", true)]
    [InlineData("spec[\"odd.key\"].x", false)]
    [InlineData("spec.dns", false)]
    [InlineData("spec.eni.subnets.x", false)]
    public void HasPath_ResolvesReaderPaths(string path, bool expected) =>
        Assert.Equal(expected, Tree("""{"spec": {"eni": {"subnets": ["a", "b"]}, "odd.key": 1}}""").HasPath(path));

    [Fact]
    public void Mutate_ReadmeWithManySeeds_MostlyBreaksItAndEveryErrorPathExists()
    {
        var canonical = Core.Specs.SpecWriter.ToJson(SpecRead.Valid(SpecSamples.Readme));
        var broken = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var tree = DocumentTree.From(JsonDocument.Parse(canonical).RootElement);
            new TreeMutator(new Random(seed)).Mutate(tree);
            var result = Core.Specs.SpecReader.Read("m.json", tree.ToString());
            broken += result.IsValid ? 0 : 1;
            Assert.All(result.Errors, e => Assert.True(tree.HasPath(e.Path), e.ToString()));
        }

        Assert.InRange(broken, 100, 200);
    }
}
