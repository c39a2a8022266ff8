using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>docs/DEPLOY.md lists each function's grants as the code and the template derive them, so the doc cannot drift.</summary>
public sealed class IamDocTests
{
    private static readonly string DeployMd = Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "DEPLOY.md");

    [Fact]
    public void DeployMd_IamTable_IsTheDerivedOne()
    {
        var expected = IamDoc.Render(TemplateDocument.Load());
        var doc = File.ReadAllText(DeployMd);
        var begin = doc.IndexOf(IamDoc.Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(IamDoc.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/DEPLOY.md has no {IamDoc.Begin} … {IamDoc.End} block");
        var actual = doc[begin..(end + IamDoc.End.Length + 1)];

        if (actual != expected && Environment.GetEnvironmentVariable("EWR_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DeployMd, doc.Replace(actual, expected, StringComparison.Ordinal));
            return;
        }

        Assert.True(actual == expected, $"docs/DEPLOY.md's IAM table is out of date (run the tests with EWR_UPDATE_DOCS=1 to rewrite it). It should read:\n{expected}");
    }

    [Fact]
    public void Render_EveryFunction_HasAColumnAndEveryRowAFunction()
    {
        var lines = IamDoc.Render(TemplateDocument.Load()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rows = lines.Skip(3).SkipLast(1).ToList();

        Assert.Equal("| actions | on | when | scope | task-state | api-change | resync | spec-change |", lines[1]);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("✓", r, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| `dynamodb:Query` | State table, index `alerts` | always |", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| `ec2:ModifyVpcAttribute` | VPCs | `RemediationMode` = `remediate` |", StringComparison.Ordinal));
    }
}
