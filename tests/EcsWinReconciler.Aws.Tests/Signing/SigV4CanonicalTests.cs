using EcsWinReconciler.Aws.Signing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcsWinReconciler.Aws.Tests.Signing;

public class SigV4CanonicalTests
{
    [Theory]
    [InlineData("abcXYZ019-_.~", "abcXYZ019-_.~")]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b=c&d", "a%2Bb%3Dc%26d")]
    [InlineData("\u1234", "%E1%88%B4")]
    [InlineData("a/b", "a%2Fb")]
    public void UriEncode_Value_EncodesAllButUnreserved(string value, string expected) =>
        Assert.Equal(expected, SigV4Canonical.UriEncode(value, keepSlash: false));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("//example//", "/example/")]
    [InlineData("/example/..", "/")]
    [InlineData("/a/b/../c/./d", "/a/c/d")]
    [InlineData("/./example", "/example")]
    [InlineData("/../..", "/")]
    public void NormalizePath_DotAndEmptySegments_AreRemoved(string path, string expected) =>
        Assert.Equal(expected, SigV4Canonical.NormalizePath(path));

    [Fact]
    public void Path_NotNormalized_KeepsSegmentsButEncodes() =>
        Assert.Equal("//a%20b/../", SigV4Canonical.Path("//a b/../", normalize: false));

    [Fact]
    public void Query_Pairs_SortByEncodedKeyThenValue()
    {
        var query = SigV4Canonical.Query([new("b", "2"), new("\u1234", "x"), new("a", "z"), new("a", "Y"), new("empty", string.Empty)]);

        Assert.Equal("%E1%88%B4=x&a=Y&a=z&b=2&empty=", query);
    }

    [Fact]
    public void Headers_RepeatedAndFolded_JoinedLowercasedAndCollapsed()
    {
        var headers = SigV4Canonical.Headers([new("X-B", " two  words "), new("x-a", "first"), new("X-A", "line1\n   line2")]);

        Assert.Equal([new("x-a", "first,line1 line2"), new("x-b", "two words")], headers);
    }

    [Property]
    public Property HeaderValue_AnyText_HasNoWhitespaceRunsOrEdges() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text =>
        {
            var value = SigV4Canonical.HeaderValue(text);
            return value == value.Trim() && !value.Contains("  ", StringComparison.Ordinal) && !value.Any(c => char.IsWhiteSpace(c) && c != ' ');
        });

    [Property]
    public Property UriEncode_AnyText_DecodesBackToItself() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null && !s.Any(char.IsSurrogate)), text =>
            Uri.UnescapeDataString(SigV4Canonical.UriEncode(text, keepSlash: false)) == text);
}
