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
    public void Format_AllLinesDeleted_IsOneHunkOfDeletionsToLineZero()
    {
        var diff = UnifiedDiff.Format("a\nb\n", string.Empty, "old", "new");

        Assert.Equal(["--- old", "+++ new", "@@ -1,2 +0,0 @@", "-a", "-b"], diff);
    }

    [Fact]
    public void Format_LineEndingsDiffer_IsEmpty()
    {
        Assert.Empty(UnifiedDiff.Format("a\r\nb\r\n", "a\nb", "old", "new"));
    }

    // Was Script_ReplaysToBothTexts, when the edit script was ours; the same assertions, now on DiffPlex's output.
    [Fact]
    public void Format_OneHunk_ReplaysToBothTexts()
    {
        string[] a = ["x", "a", "b", "c", "y"];
        string[] b = ["a", "q", "c", "y", "z"];

        var body = UnifiedDiff.Format(string.Join('\n', a), string.Join('\n', b), "old", "new").Skip(3).ToList();

        Assert.Equal(a, body.Where(l => l[0] != '+').Select(l => l[1..]));
        Assert.Equal(b, body.Where(l => l[0] != '-').Select(l => l[1..]));
        Assert.Equal(3, body.Count(l => l[0] == ' '));
    }
}
