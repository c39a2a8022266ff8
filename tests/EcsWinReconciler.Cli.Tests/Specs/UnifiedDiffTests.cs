using EcsWinReconciler.Cli.Specs;

namespace EcsWinReconciler.Cli.Tests.Specs;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Format_EqualTexts_IsEmpty()
    {
        Assert.Empty(UnifiedDiff.Format("a\nb\n", "a\nb\n", "old", "new"));
    }

    [Fact]
    public void Format_NewText_IsOneHunkOfAdditionsFromLineZero()
    {
        var diff = UnifiedDiff.Format(string.Empty, "a\nb\n", "old", "new");

        Assert.Equal(["--- old", "+++ new", "@@ -0,0 +1,2 @@", "+a", "+b"], diff);
    }

    [Fact]
    public void Format_OneChangedLine_HasThreeLinesOfContextEachSide()
    {
        var before = string.Join('\n', Enumerable.Range(1, 10)) + "\n";
        var after = before.Replace("5\n", "five\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Format(before, after, "old", "new");

        Assert.Equal(["--- old", "+++ new", "@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8"], diff);
    }

    [Fact]
    public void Format_ChangesFarApart_AreSeparateHunks()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20)) + "\n";
        var after = before.Replace("\n2\n", "\ntwo\n", StringComparison.Ordinal).Replace("\n18\n", "\neighteen\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Format(before, after, "old", "new");

        Assert.Equal(["@@ -1,5 +1,5 @@", "@@ -15,6 +15,6 @@"], diff.Where(l => l.StartsWith("@@", StringComparison.Ordinal)));
    }

    [Fact]
    public void Format_ChangesSixLinesApart_ShareOneHunk()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20)) + "\n";
        var after = before.Replace("\n5\n", "\nfive\n", StringComparison.Ordinal).Replace("\n12\n", "\ntwelve\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Format(before, after, "old", "new");

        Assert.Single(diff, l => l.StartsWith("@@", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_DeletedLines_CountOnlyOnTheOldSide()
    {
        var diff = UnifiedDiff.Format("a\nb\nc\n", "a\nc\n", "old", "new");

        Assert.Equal(["--- old", "+++ new", "@@ -1,3 +1,2 @@", " a", "-b", " c"], diff);
    }

    [Fact]
    public void Script_ReplaysToBothTexts()
    {
        string[] a = ["x", "a", "b", "c", "y"];
        string[] b = ["a", "q", "c", "y", "z"];

        var script = UnifiedDiff.Script(a, b);

        Assert.Equal(a, script.Where(e => e.Op != DiffOp.Insert).Select(e => e.Text));
        Assert.Equal(b, script.Where(e => e.Op != DiffOp.Delete).Select(e => e.Text));
        Assert.Equal(3, script.Count(e => e.Op == DiffOp.Equal));
    }
}
