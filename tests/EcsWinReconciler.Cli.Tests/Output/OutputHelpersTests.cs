using EcsWinReconciler.Cli.Output;

namespace EcsWinReconciler.Cli.Tests.Output;

public sealed class OutputHelpersTests
{
    [Theory]
    [InlineData(0, "0s")]
    [InlineData(119, "119s")]
    [InlineData(120, "2m")]
    [InlineData(7199, "119m")]
    [InlineData(7200, "2h")]
    [InlineData(172799, "47h")]
    [InlineData(172800, "2d")]
    [InlineData(-5, "0s")]
    public void Age_Format_GetsCoarserAsItGrows(int seconds, string expected)
    {
        Assert.Equal(expected, Age.Format(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void LineTrimmingWriter_DropsTrailingSpacesPerLine()
    {
        using var inner = new StringWriter();
        using (var writer = new LineTrimmingWriter(inner))
        {
            writer.Write("a   \nb");
            writer.Write("  c  \r\n");
            writer.Write("tail  ");
        }

        Assert.Equal("a\nb  c\ntail", inner.ToString());
    }

    [Fact]
    public void WantsColour_OnlyOnATerminalWithoutNoColor()
    {
        Assert.True(ConsoleFactory.WantsColour(true, false, _ => null));
        Assert.False(ConsoleFactory.WantsColour(false, false, _ => null));
        Assert.False(ConsoleFactory.WantsColour(true, true, _ => null));
        Assert.False(ConsoleFactory.WantsColour(true, false, name => name == "NO_COLOR" ? "1" : null));
    }
}
