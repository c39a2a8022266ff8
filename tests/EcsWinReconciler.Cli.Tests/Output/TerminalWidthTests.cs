using EcsWinReconciler.Cli.Output;

namespace EcsWinReconciler.Cli.Tests.Output;

public sealed class TerminalWidthTests
{
    [Fact]
    public void For_NotATerminal_IsUnbounded_EvenWithColumnsSet()
    {
        Assert.Null(TerminalWidth.For(false, _ => "80", () => 80));
    }

    [Fact]
    public void For_TerminalThatCannotBeMeasured_Is80()
    {
        Assert.Equal(80, TerminalWidth.For(true, _ => null, () => null));
    }

    [Fact]
    public void For_Terminal_ColumnsWinsOverTheMeasure()
    {
        Assert.Equal(132, TerminalWidth.For(true, name => name == "COLUMNS" ? "132" : null, () => 200));
        Assert.Equal(200, TerminalWidth.For(true, _ => null, () => 200));
    }
}
