using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Lambda.Tests.Repository;

public sealed class FactsCitationTests
{
    private static readonly string Facts = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "FACTS.md"));

    // This folder's own files name FACTS in their examples, so they are left out.
    private static readonly IReadOnlyList<(string Path, string Text)> Sources =
    [
        .. RepositorySources.Files("src", ".cs", ".csproj"),
        .. RepositorySources.Files("tests", ".cs").Where(f => !f.Path.Contains("/Repository/", StringComparison.Ordinal)),
    ];

    [Fact]
    public void Citations_EverySectionCitedInTheCode_ExistsInDocsFacts()
    {
        var sections = FactsCitations.Sections(Facts);
        var cited = Sources.SelectMany(f => FactsCitations.In(f.Path, f.Text)).ToList();

        Assert.True(cited.Count >= 60, $"only {cited.Count} citations found: is the pattern still right?");
        Assert.Empty(cited.Where(c => !sections.ContainsKey(c.Section)).Select(c => $"{c.Path}: §{c.Section}"));
    }

    [Fact]
    public void Citations_EveryMentionOfFacts_PointsAtDocsFacts()
    {
        // The facts used to live in a file outside the repository; a citation of it, or a bare "FACTS §1", leads nowhere.
        Assert.Empty(Sources.SelectMany(f => FactsCitations.Stray(f.Path, f.Text)));
    }

    [Fact]
    public void DocsFacts_EverySectionWithoutSubsections_NamesItsSource()
    {
        var sections = FactsCitations.Sections(Facts);
        var leaves = sections.Where(s => !sections.Keys.Any(other => other.StartsWith(s.Key + ".", StringComparison.Ordinal))).ToList();

        Assert.True(leaves.Count >= 15, $"only {leaves.Count} sections found: is the heading pattern still right?");
        Assert.All(leaves, s => Assert.True(s.Value.Contains("Source", StringComparison.Ordinal), $"§{s.Key} names no source"));
    }

    [Fact]
    public void FactsCitations_SeveralSectionsAcrossACommentLineBreak_AreEachFound()
    {
        const string text = "/// created by ECS (docs/FACTS.md §1.2,\n    /// §4.1/§4.3), see docs/FACTS.md §2's example.";

        Assert.Equal(["1.2", "4.1", "4.3", "2"], FactsCitations.In("x.cs", text).Select(c => c.Section));
    }

    [Fact]
    public void FactsCitations_BareOrForeignMentions_AreStray()
    {
        Assert.Equal(2, FactsCitations.Stray("x.cs", "(FACTS §4.5) and FACTS-windows-awsvpc.md §1; ARTIFACTS_DIR; docs/FACTS.md §2").Count());
    }
}
