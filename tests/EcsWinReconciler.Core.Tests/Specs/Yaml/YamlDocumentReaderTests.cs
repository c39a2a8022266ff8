using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Tests.Specs.Yaml;

public class YamlDocumentReaderTests
{
    private static MappingNode Root(string text) => Assert.IsType<MappingNode>(Assert.Single(YamlDocumentReader.Read(text)).Root);

    private static ScalarNode Scalar(MappingNode mapping, string key) => Assert.IsType<ScalarNode>(mapping.Find(key)?.Value);

    [Fact]
    public void Read_SeveralDocuments_EachWithItsIndexAndStart()
    {
        var documents = YamlDocumentReader.Read("a: 1\n---\nb: 2\n");

        Assert.Equal([0, 1], documents.Select(d => d.Index));
        Assert.Equal([new SourcePosition(1, 1), new SourcePosition(3, 1)], documents.Select(d => Assert.IsType<MappingNode>(d.Root).Start));
    }

    [Fact]
    public void Read_EmptyDocumentBetweenOthers_IsEmptyNotAProblem()
    {
        var documents = YamlDocumentReader.Read("a: 1\n---\n---\nb: 2\n");

        Assert.Equal([false, true, false], documents.Select(d => d.IsEmpty));
    }

    [Fact]
    public void Read_OnlyAComment_NoDocument() => Assert.Empty(YamlDocumentReader.Read("# only a comment\n"));

    [Fact]
    public void Read_Json_ReadsAsFlowYamlWithPositions()
    {
        var root = Root("{\n  \"spec\": {\"eni\": {\"publicIp\": \"forbidden\"}}\n}");

        var eni = Assert.IsType<MappingNode>(Assert.IsType<MappingNode>(root.Find("spec")?.Value).Find("eni")?.Value);
        Assert.Equal("forbidden", Scalar(eni, "publicIp").Value);
        Assert.Equal(2, eni.Start.Line);
    }

    [Fact]
    public void Read_ByteOrderMark_IsNotPartOfTheFirstKey() =>
        Assert.NotNull(Root("\uFEFFname: web").Find("name"));

    [Fact]
    public void Read_SyntaxErrorInTheSecondDocument_KeepsTheFirstAndReportsTheSecond()
    {
        var documents = YamlDocumentReader.Read("a: 1\n---\nb: [1, 2\n");

        Assert.Equal(2, documents.Count);
        Assert.Empty(documents[0].Problems);
        var problem = Assert.Single(documents[1].Problems);
        Assert.Equal(1, documents[1].Index);
        Assert.StartsWith("the text is not valid YAML or JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PlainValueBrokenAtTheLeftMarginInsideBrackets_IsASyntaxErrorNotACrash()
    {
        var problem = Assert.Single(Assert.Single(YamlDocumentReader.Read("ids: [a\nb]\n")).Problems);

        Assert.Contains("breaks across lines", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateKeys_BothKeptInOrder() =>
        Assert.Equal(["a", "a"], Root("a: 1\na: 2\n").Entries.Select(e => e.Key.Value));

    [Fact]
    public void Read_AliasOfAnEarlierAnchor_IsThatNode()
    {
        var root = Root("base: &b {x: 1}\ncopy: *b\n");

        Assert.Same(root.Find("base")?.Value, root.Find("copy")?.Value);
    }

    [Fact]
    public void Read_AliasOfAnUndefinedAnchor_IsAProblemAtItsPath()
    {
        var problem = Assert.Single(Assert.Single(YamlDocumentReader.Read("spec:\n  eni: *nowhere\n")).Problems);

        Assert.Equal(("spec.eni", new SourcePosition(2, 8)), (problem.Path, problem.Position));
        Assert.Contains("&nowhere", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeyThatIsNotAScalar_IsAProblem()
    {
        var document = Assert.Single(YamlDocumentReader.Read("spec:\n  ? [a, b]\n  : 1\n"));

        Assert.Contains(document.Problems, p => p.Path == "spec" && p.Message.Contains("keys must be plain names", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NestedDeeperThanThe32Levels_IsOneProblemNotAStackOverflow()
    {
        var text = "a: " + new string('[', 10_000) + new string(']', 10_000);

        var document = Assert.Single(YamlDocumentReader.Read(text));

        Assert.Single(document.Problems, p => p.Message.Contains("nested more than 32 levels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("port: 80", true)]
    [InlineData("port: \"80\"", false)]
    [InlineData("port: '80'", false)]
    [InlineData("port: !!str 80", false)]
    [InlineData("port: |\n  80", false)]
    public void Read_QuotedOrTaggedScalars_AreNotPlain(string text, bool plain) =>
        Assert.Equal(plain, Scalar(Root(text), "port").IsPlain);
}
