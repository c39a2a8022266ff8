using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Tests.Commands.Spec;

public sealed class SpecApplyCommandTests
{
    [Fact]
    public async Task Apply_NewSpec_StoresCanonicalDocumentAtGenerationOne()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());

        var result = await cli.RunAsync("spec", "apply", "-f", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("spec/iis-webserver created (generation 1)", result.Out);
        var stored = await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Generation);
        Assert.Equal(SpecWriter.ToJson(stored.Spec), stored.Document);
        Assert.Equal(1, cli.Backends.Created);
        Assert.True(cli.Backends.Last!.Disposed);
    }

    [Fact]
    public async Task Apply_Twice_SecondRunIsUnchangedAndKeepsTheGeneration()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());

        await cli.RunAsync("spec", "apply", "-f", file);
        var second = await cli.RunAsync("spec", "apply", "-f", file);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("spec/iis-webserver unchanged (generation 1)", second.Out);
        Assert.DoesNotContain("---", second.Out);
        Assert.Equal(1, (await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!.Generation);
    }

    [Fact]
    public async Task Apply_NewSpec_ShowsTheWholeDocumentAsAdded()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());

        var result = await cli.RunAsync("spec", "apply", "-f", file);

        Assert.Contains("--- iis-webserver (not stored)", result.Out);
        Assert.Contains($"+++ iis-webserver ({file})", result.Out);
        Assert.Contains("@@ -0,0 +1,", result.Out);
        Assert.Contains("+  \"apiVersion\": \"ecswin.reconciler/v1\",", result.Out);
    }

    [Fact]
    public async Task Apply_ChangedSpec_ShowsOnlyTheChangeAndBumpsTheGeneration()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());
        await cli.RunAsync("spec", "apply", "-f", file);
        cli.File("iis.yaml", SpecTexts.Iis(remediation: "remediate"));

        var result = await cli.RunAsync("spec", "apply", "-f", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--- iis-webserver (stored, generation 1)", result.Out);
        Assert.Contains("-      \"mode\": \"alert\",", result.Out);
        Assert.Contains("+      \"mode\": \"remediate\",", result.Out);
        Assert.DoesNotContain("+  \"apiVersion\"", result.Out);
        Assert.Contains("spec/iis-webserver updated (generation 1 → 2)", result.Out);
        Assert.Equal(2, (await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!.Generation);
    }

    [Fact]
    public async Task Apply_DryRun_ShowsTheDiffAndStoresNothing()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());

        var result = await cli.RunAsync("spec", "apply", "-f", file, "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("+++ iis-webserver", result.Out);
        Assert.Contains("spec/iis-webserver would be created", result.Out);
        Assert.Empty(await cli.Harness.Specs.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Apply_BrokenSpec_ListsEveryErrorWithPositionAndPathAndStoresNothing()
    {
        using var cli = new CliRunner();
        var broken = cli.File("broken.yaml", SpecTexts.Broken);

        var result = await cli.RunAsync("spec", "apply", "-f", broken);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{broken}:8:5: spec.eni.subnet: ", result.Error);
        Assert.Contains($"{broken}:10:11: spec.securityGroups.ids[0]: \"sg-12\" is not a security group id", result.Error);
        Assert.Contains($"{broken}:12:33: spec.securityGroups.requiredIngress[0].ports: \"90-80\" runs backwards", result.Error);
        Assert.Contains($"{broken}:14:11: spec.remediation.mode: ", result.Error);
        Assert.Contains("error: 4 errors in", result.Error);
        Assert.Contains("nothing was stored", result.Error);
        Assert.Empty(await cli.Harness.Specs.ListAsync(CancellationToken.None));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Apply_DirectoryWithOneBrokenFile_StoresNoneOfIt()
    {
        using var cli = new CliRunner();
        cli.File("specs/iis.yaml", SpecTexts.Iis());
        cli.File("specs/team/broken.yaml", SpecTexts.Broken);

        var result = await cli.RunAsync("spec", "apply", "-f", Path.Combine(cli.Directory, "specs"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.yaml:8:5: spec.eni.subnet", result.Error);
        Assert.Empty(await cli.Harness.Specs.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Apply_Directory_ReadsEverySpecRecursivelyAndSkipsHiddenDirectories()
    {
        using var cli = new CliRunner();
        cli.File("specs/iis.yaml", SpecTexts.Iis());
        cli.File("specs/default/cluster.yml", SpecTexts.Iis(name: "win-prod-default", family: "*"));
        cli.File("specs/.github/workflows/ci.yaml", "on: push\njobs: {}\n");
        cli.File("specs/README.md", "not a spec");

        var result = await cli.RunAsync("spec", "apply", "-f", Path.Combine(cli.Directory, "specs"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("spec/iis-webserver created", result.Out);
        Assert.Contains("spec/win-prod-default created", result.Out);
        Assert.Equal(2, (await cli.Harness.Specs.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Apply_SelectorTieWithAStoredSpec_IsAnErrorAndStoresNothing()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("a.yaml", SpecTexts.Iis()));
        var twin = cli.File("b.yaml", SpecTexts.Iis(name: "iis-webserver-copy"));

        var result = await cli.RunAsync("spec", "apply", "-f", twin);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{twin}:7:13: spec.selector: \"iis-webserver-copy\" selects the same tasks (win-prod/iis-webserver) as \"iis-webserver\" in stored spec \"iis-webserver\" (generation 1)", result.Error);
        Assert.Null(await cli.Harness.Specs.GetAsync("iis-webserver-copy", CancellationToken.None));
    }

    [Fact]
    public async Task Apply_SameNameTwiceInOneInput_IsAnError()
    {
        using var cli = new CliRunner();
        var file = cli.File("twice.yaml", SpecTexts.Iis() + "\n---\n" + SpecTexts.Iis(family: "other"));

        var result = await cli.RunAsync("spec", "apply", "-f", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("metadata.name: the name \"iis-webserver\" is also used", result.Error);
        Assert.Empty(await cli.Harness.Specs.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Apply_AnotherApplyWinsMeanwhile_ReportsTheConflictAndOverwritesNothing()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));
        var racing = new RacingSpecStore(cli.Harness.Specs, SpecTexts.Iis(remediation: "dry-run"));
        cli.Backends.Ports = cli.Harness.Ports with { Specs = racing };

        var result = await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis(remediation: "remediate")));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("spec/iis-webserver conflict: changed by another apply since it was read (generation 1, now 2); nothing was overwritten", result.Out);
        Assert.Contains("hint: another apply changed a spec", result.Error);
        var stored = await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None);
        Assert.Equal(2, stored!.Generation);
        Assert.Equal(RemediationMode.DryRun, stored.Spec.Spec.Remediation.Mode);
    }

    [Fact]
    public async Task Apply_MultiDocumentFile_NamesTheDocumentOfEachSpec()
    {
        using var cli = new CliRunner();
        var file = cli.File("two.yaml", SpecTexts.Iis() + "\n---\n" + SpecTexts.Iis(name: "win-prod-default", family: "*"));

        var result = await cli.RunAsync("spec", "apply", "-f", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"+++ iis-webserver ({file})", result.Out);
        Assert.Contains($"+++ win-prod-default ({file}, document 2)", result.Out);
    }

    [Fact]
    public async Task Apply_FromStdin_ReadsTheDocument()
    {
        using var cli = new CliRunner { StandardInput = SpecTexts.Iis() };

        var result = await cli.RunAsync("spec", "apply", "-f", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("+++ iis-webserver (<stdin>)", result.Out);
        Assert.NotNull(await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None));
    }

    [Fact]
    public async Task Apply_MissingFile_IsAUsageErrorThatNamesThePath()
    {
        using var cli = new CliRunner();
        var missing = Path.Combine(cli.Directory, "nope.yaml");

        var result = await cli.RunAsync("spec", "apply", "-f", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {missing}: no such file or directory", result.Error);
        Assert.Contains("hint: ", result.Error);
    }

    [Fact]
    public async Task Apply_EmptyDirectory_SaysThereWasNothingToApply()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.Directory, "empty"));

        var result = await cli.RunAsync("spec", "apply", "-f", Path.Combine(cli.Directory, "empty"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no spec documents in", result.Error);
    }

    [Fact]
    public async Task Apply_JsonOutput_ParsesAndCarriesOutcomeGenerationAndDiff()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());

        var result = await cli.RunAsync("spec", "apply", "-f", file, "-o", "json");

        var spec = Assert.Single(result.Json().GetProperty("specs").EnumerateArray());
        Assert.Equal("created", spec.GetProperty("outcome").GetString());
        Assert.Equal(1, spec.GetProperty("generation").GetInt64());
        Assert.StartsWith("--- iis-webserver (not stored)", spec.GetProperty("diff").GetString());
        Assert.False(result.Json().GetProperty("dryRun").GetBoolean());
    }

    [Fact]
    public async Task Apply_BrokenSpecWithJsonOutput_PrintsTheErrorsAsJson()
    {
        using var cli = new CliRunner();
        var broken = cli.File("broken.yaml", SpecTexts.Broken);

        var result = await cli.RunAsync("spec", "apply", "-f", broken, "-o", "json");

        Assert.Equal(2, result.ExitCode);
        var json = result.Json();
        Assert.False(json.GetProperty("valid").GetBoolean());
        var errors = json.GetProperty("errors").EnumerateArray().ToList();
        Assert.True(errors.Count >= 4);
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "spec.eni.subnet" && e.GetProperty("line").GetInt32() == 8);
    }

    /// <summary>A store where another apply lands between this apply's read and its write.</summary>
    private sealed class RacingSpecStore(ISpecStore inner, string otherText) : ISpecStore
    {
        public Task<IReadOnlyList<StoredSpec>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

        public Task<StoredSpec?> GetAsync(string name, CancellationToken cancellationToken) => inner.GetAsync(name, cancellationToken);

        public async Task<SpecApplyResult> ApplyAsync(TaskNetworkSpec spec, string document, long? expectedGeneration, CancellationToken cancellationToken)
        {
            var other = SpecReader.Read("other.yaml", otherText).Specs.Single().Spec;
            await inner.ApplyAsync(other, SpecWriter.ToJson(other), null, cancellationToken);
            return await inner.ApplyAsync(spec, document, expectedGeneration, cancellationToken);
        }

        public Task<bool> DeleteAsync(string name, long? expectedGeneration, CancellationToken cancellationToken) =>
            inner.DeleteAsync(name, expectedGeneration, cancellationToken);
    }
}
