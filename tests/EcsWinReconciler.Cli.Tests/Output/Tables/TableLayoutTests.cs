using EcsWinReconciler.Cli.Output.Tables;

namespace EcsWinReconciler.Cli.Tests.Output.Tables;

public sealed class TableLayoutTests
{
    private static TableData Table() => new TableData([
            Column.Key("ID"), Column.Hide("SPEC", 5), Column.Truncate("NOTE", 3), Column.Detail("MESSAGE", 9), Column.Wide("ARN"),
        ])
        .Add("0a1b2c3d4e5f60718293a4b5c6d7e8f9", "iis-webserver", "a short note about the task", "RDP is open to 0.0.0.0/0 on sg-0123456789abcdef0", "arn:aws:ecs:us-east-1:1:task/x");

    [Fact]
    public void Fit_NoWidth_EveryDefaultColumnInlineAtItsNaturalWidth()
    {
        var layout = TableLayout.Fit(Table(), width: null, wide: false);

        Assert.Equal([0, 1, 2, 3], layout.Inline);
        Assert.Empty(layout.Details);
        Assert.Empty(layout.Hidden);
    }

    [Fact]
    public void Fit_Wide_AddsTheWideOnlyColumns()
    {
        Assert.Equal([0, 1, 2, 3, 4], TableLayout.Fit(Table(), width: 40, wide: true).Inline);
    }

    [Fact]
    public void Fit_Narrow_MovesTheLeastImportantFirstThenTruncatesThenHides()
    {
        var layout = TableLayout.Fit(Table(), width: 60, wide: false);

        Assert.Equal([3], layout.Details);
        Assert.Equal([1], layout.Hidden);
        Assert.Equal([0, 2], layout.Inline);
        Assert.True(TableLayout.Total(layout.Inline, layout.Widths) <= 60);
    }

    [Fact]
    public void Fit_KeyColumnsWiderThanTheTerminal_AreNeverCut()
    {
        var layout = TableLayout.Fit(Table(), width: 20, wide: false);

        Assert.Equal(32, layout.Widths[0]);
        Assert.Contains(0, layout.Inline);
    }

    [Fact]
    public void Fit_DetailColumnEmptyInEveryRow_IsLeftOut()
    {
        var table = new TableData([Column.Key("ID"), Column.Detail("REASON", 1)]).Add("a", string.Empty);

        Assert.Equal([0], TableLayout.Fit(table, width: null, wide: false).Inline);
    }

    [Fact]
    public void Render_Narrow_DetailUnderTheRowAndANoteNamingTheHiddenColumn()
    {
        var style = new TableStyle(60, Wide: false, Headers: true, Colour: false);

        var lines = style.Lines(Table());

        Assert.Equal(
            [
                "ID                                NOTE",
                "0a1b2c3d4e5f60718293a4b5c6d7e8f9  a short note about the…",
                "    message: RDP is open to 0.0.0.0/0 on",
                "      sg-0123456789abcdef0",
                "(SPEC not shown at 60 columns; -o wide shows every column)",
            ],
            lines);
    }

    [Fact]
    public void Render_NoHeaders_DropsOnlyTheHeaderLine()
    {
        var lines = new TableStyle(null, Wide: false, Headers: false, Colour: false).Lines(Table());

        Assert.Single(lines);
        Assert.StartsWith("0a1b2c3d4e5f60718293a4b5c6d7e8f9  iis-webserver", lines[0]);
    }

    [Fact]
    public void Render_Colour_PaintsTheTextNotThePadding()
    {
        var table = new TableData([Column.Key("A"), Column.Key("B")]).Add(new Cell("x", CellStyle.Red), "y");

        var lines = new TableStyle(null, Wide: false, Headers: false, Colour: true).Lines(table);

        Assert.Equal("\u001b[31mx\u001b[0m  y", lines[0]);
    }
}
