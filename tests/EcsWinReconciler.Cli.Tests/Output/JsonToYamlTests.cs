using EcsWinReconciler.Cli.Output;

namespace EcsWinReconciler.Cli.Tests.Output;

public sealed class JsonToYamlTests
{
    [Fact]
    public void Convert_NestedDocument_KeepsKeyOrderInBlockStyle()
    {
        var yaml = JsonToYaml.Convert("""{"b":1,"a":{"z":[1,2],"y":"text"}}""");

        Assert.Equal("b: 1\na:\n  z:\n  - 1\n  - 2\n  y: text\n", yaml);
    }

    [Theory]
    [InlineData("*", "'*'")]
    [InlineData("80", "\"80\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("no", "\"no\"")]
    [InlineData("null", "\"null\"")]
    [InlineData("", "\"\"")]
    [InlineData("1e3", "\"1e3\"")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("::/0", "::/0")]
    [InlineData("sg-0123456789abcdef0", "sg-0123456789abcdef0")]
    public void Convert_StringsThatPlainYamlWouldRetypeOrMisread_AreQuoted(string value, string expected)
    {
        var yaml = JsonToYaml.Convert($$"""{"v":"{{value}}"}""");

        Assert.Equal($"v: {expected}\n", yaml);
    }

    [Fact]
    public void Convert_EmptyContainersAndScalars_UseFlowAndPlainStyle()
    {
        var yaml = JsonToYaml.Convert("""{"l":[],"m":{},"n":3,"t":true,"f":false,"z":null}""");

        Assert.Equal("l: []\nm: {}\nn: 3\nt: true\nf: false\nz: null\n", yaml);
    }
}
