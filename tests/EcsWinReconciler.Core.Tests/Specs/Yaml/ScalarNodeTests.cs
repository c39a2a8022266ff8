using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Tests.Specs.Yaml;

public class ScalarNodeTests
{
    private static ScalarNode Plain(string value) => new(new SourcePosition(1, 1), value, isPlain: true);

    private static ScalarNode Quoted(string value) => new(new SourcePosition(1, 1), value, isPlain: false);

    [Theory]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("NULL")]
    public void IsNull_PlainYamlNulls(string value) => Assert.True(Plain(value).IsNull);

    [Fact]
    public void IsNull_QuotedNull_IsAString() => Assert.False(Quoted("null").IsNull);

    [Theory]
    [InlineData("true", true, false)]
    [InlineData("yes", false, false)]
    [InlineData("-80", false, true)]
    [InlineData("80.5", false, false)]
    public void IsBooleanAndIsInteger_OnlyWhatYaml12CoreSays(string value, bool boolean, bool integer) =>
        Assert.Equal((boolean, integer), (Plain(value).IsBoolean, Plain(value).IsInteger));

    [Fact]
    public void IsInteger_QuotedNumber_IsNot() => Assert.False(Quoted("80").IsInteger);

    [Theory]
    [InlineData("~", true, "null")]
    [InlineData("false", true, "false")]
    [InlineData("80", true, "the number 80")]
    [InlineData("web", true, "\"web\"")]
    [InlineData("80", false, "the string \"80\"")]
    public void Describe_SaysWhatTheValueIs(string value, bool plain, string expected) =>
        Assert.Equal(expected, (plain ? Plain(value) : Quoted(value)).Describe());

    [Fact]
    public void Quote_LongValue_IsCutTo80Characters()
    {
        var quoted = ScalarNode.Quote(new string('a', 200));

        Assert.Equal("\"" + new string('a', 77) + "...\"", quoted);
    }

    [Fact]
    public void Escape_QuotesBackslashesAndControlCharacters_AsJsonDoes() =>
        Assert.Equal("a\\\"b\\\\c\\nd\\te\\u0001", ScalarNode.Escape("a\"b\\c\nd\te\u0001"));
}
