using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Specs;

public class SpecDirectoryReaderTests
{
    /// <summary>An in-memory directory: every path under the root, recursively.</summary>
    private sealed class MemoryFiles(Dictionary<string, string> files) : ISpecFileSource
    {
        public List<string> Read { get; } = [];

        public IEnumerable<string> ListFiles(string root) =>
            files.Keys.Where(k => k.StartsWith(root + "/", StringComparison.Ordinal)).Reverse();

        public string ReadText(string path)
        {
            Read.Add(path);
            return files[path];
        }
    }

    [Fact]
    public void Read_Directory_ReadsSpecFilesRecursivelyInOrdinalOrder()
    {
        var files = new MemoryFiles(new()
        {
            ["specs/b.yml"] = SpecWriter.ToJson(SpecFactory.Spec("b", "win-prod", "b")),
            ["specs/a/z.json"] = SpecWriter.ToJson(SpecFactory.Spec("z", "win-prod", "z")),
            ["specs/B.YAML"] = SpecWriter.ToJson(SpecFactory.Spec("upper", "win-prod", "upper")),
            ["specs/README.md"] = "# not a spec",
            ["specs/a/notes.txt"] = "not a spec",
            ["other/c.yaml"] = "not under the root",
        });

        var result = SpecDirectoryReader.Read(files, "specs");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(["specs/B.YAML", "specs/a/z.json", "specs/b.yml"], files.Read);
        Assert.Equal(["upper", "z", "b"], result.Specs.Select(s => s.Spec.Name));
    }

    [Fact]
    public void Read_Directory_ReportsFileErrorsAndSetErrorsTogether()
    {
        var files = new MemoryFiles(new()
        {
            ["d/one.yaml"] = SpecWriter.ToJson(SpecFactory.Spec("web", "win-prod", "web")),
            ["d/two.yaml"] = SpecWriter.ToJson(SpecFactory.Spec("web-again", "win-prod", "web")) + "\n---\n" + "kind: Nope\n",
        });

        var result = SpecDirectoryReader.Read(files, "d");

        Assert.Equal(2, result.Specs.Count);
        Assert.Equal(
            [
                "d/two.yaml: (document): missing required field \"apiVersion\"",
                "d/two.yaml: (document): missing required field \"metadata\"",
                "d/two.yaml: (document): missing required field \"spec\"",
                "d/two.yaml: kind: \"Nope\" is not supported; expected \"TaskNetworkSpec\"",
                "d/two.yaml: spec.selector: \"web-again\" selects the same tasks (win-prod/web) as \"web\" in d/one.yaml:1:1; each cluster and family may have one spec",
            ],
            result.Errors.Select(e => $"{e.Source}: {(e.Path.Length == 0 ? "(document)" : e.Path)}: {e.Message}"));
    }
}
