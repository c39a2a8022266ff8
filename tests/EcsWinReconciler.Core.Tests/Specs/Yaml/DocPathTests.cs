using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Tests.Specs.Yaml;

public class DocPathTests
{
    [Theory]
    [InlineData("", "spec", "spec")]
    [InlineData("spec", "eni", "spec.eni")]
    [InlineData("spec", "security_groups-2", "spec.security_groups-2")]
    [InlineData("metadata.labels", "team.name", "metadata.labels[\"team.name\"]")]
    [InlineData("metadata.labels", "2nd", "metadata.labels[\"2nd\"]")]
    [InlineData("spec", "say \"hi\"", "spec[\"say \\\"hi\\\"\"]")]
    public void Field_SimpleNamesDotted_OthersBracketedAndEscaped(string parent, string key, string expected) =>
        Assert.Equal(expected, DocPath.Field(parent, key));

    [Fact]
    public void Field_LongKey_IsNeverShortened()
    {
        var key = new string('x', 200) + ".y";

        Assert.Contains(key, DocPath.Field("spec", key), StringComparison.Ordinal);
    }

    [Fact]
    public void Item_Index_InBrackets() => Assert.Equal("spec.eni.subnets[2]", DocPath.Item("spec.eni.subnets", 2));

    [Theory]
    [InlineData(DocPath.Root, "(document)")]
    [InlineData("spec.eni", "spec.eni")]
    public void Display_TheRoot_HasAName(string path, string expected) => Assert.Equal(expected, DocPath.Display(path));
}
