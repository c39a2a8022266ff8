using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.Commands.Spec;

public sealed class SpecDiffCommandTests
{
    [Fact]
    public async Task Diff_SameAsStored_PrintsNothingAndExitsZero()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());
        await cli.RunAsync("spec", "apply", "-f", file);

        var result = await cli.RunAsync("spec", "diff", "-f", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("no differences: 1 spec as stored", result.Error);
    }

    [Fact]
    public async Task Diff_Changed_PrintsTheHunkAndExitsOneWithoutStoring()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());
        await cli.RunAsync("spec", "apply", "-f", file);
        cli.File("iis.yaml", SpecTexts.Iis(severity: "high"));

        var result = await cli.RunAsync("spec", "diff", "-f", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("-      \"severity\": \"medium\",", result.OutLines);
        Assert.Contains("+      \"severity\": \"high\",", result.OutLines);
        Assert.Single(result.OutLines, l => l.StartsWith("@@", StringComparison.Ordinal));
        Assert.Equal(1, (await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!.Generation);
    }

    [Fact]
    public async Task Diff_OnATerminal_ColoursRemovedAndAddedLines()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());
        await cli.RunAsync("spec", "apply", "-f", file);
        cli.File("iis.yaml", SpecTexts.Iis(severity: "high"));
        cli.Terminal = true;

        var coloured = await cli.RunAsync("spec", "diff", "-f", file);
        var plain = await cli.RunAsync("spec", "diff", "-f", file, "--no-color");

        Assert.Contains("\u001b[", coloured.Out);
        Assert.Contains("severity\": \"high", coloured.Out);
        Assert.DoesNotContain("\u001b[", plain.Out);
    }

    [Fact]
    public async Task Diff_OnANarrowTerminal_KeepsEachLineWholeWithItsSign()
    {
        // Wrapped to 80 columns, a long added line went on without its '+', read as context.
        using var cli = new CliRunner { Terminal = true, TerminalColumns = 60 };
        var file = cli.File("iis.yaml", SpecTexts.Iis());
        await cli.RunAsync("spec", "apply", "-f", file);
        const string description = "The IIS web tier of win-prod, behind the public ALB, joined to corp.example.com";
        cli.File("iis.yaml", SpecTexts.Iis().Replace("  labels: { team: web }", $"  labels: {{ team: web }}\n  description: {description}", StringComparison.Ordinal));

        var result = await cli.RunAsync("spec", "diff", "-f", file, "--no-color");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"+    \"description\": \"{description}\"", result.OutLines);
        Assert.All(result.OutLines.Where(l => l.Length > 0), l => Assert.Contains(l[0], " +-@"));
    }

    [Fact]
    public async Task Diff_NoColorEnvironment_TurnsColourOff()
    {
        using var cli = new CliRunner { Terminal = true };
        cli.Environment["NO_COLOR"] = "1";
        var file = cli.File("iis.yaml", SpecTexts.Iis());

        var result = await cli.RunAsync("spec", "diff", "-f", file);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("\u001b[", result.Out);
    }
}
