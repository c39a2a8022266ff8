using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.Commands.Spec;

public sealed class SpecValidateCommandTests
{
    [Fact]
    public async Task Validate_ValidSpecs_ListsThemAndNeverTouchesAws()
    {
        using var cli = new CliRunner();
        cli.File("specs/iis.yaml", SpecTexts.Iis());
        cli.File("specs/default.json", """{"apiVersion":"ecswin.reconciler/v1","kind":"TaskNetworkSpec","metadata":{"name":"default"},"spec":{"selector":{"cluster":"win-prod","family":"*"}}}""");

        var result = await cli.RunAsync("spec", "validate", "-f", Path.Combine(cli.Directory, "specs"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("spec/iis-webserver (win-prod/iis-webserver) valid", result.Out);
        Assert.Contains("spec/default (win-prod/*) valid", result.Out);
        Assert.Contains("2 specs valid", result.Out);
        Assert.Equal(0, cli.Backends.Created);
    }

    [Fact]
    public async Task Validate_BrokenSpec_ListsAllErrorsAndExitsTwo()
    {
        using var cli = new CliRunner();
        var broken = cli.File("broken.yaml", SpecTexts.Broken);

        var result = await cli.RunAsync("spec", "validate", "-f", broken);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(4, result.Error.Split('\n').Count(l => l.StartsWith(broken + ":", StringComparison.Ordinal)));
        Assert.Equal(0, cli.Backends.Created);
    }

    [Fact]
    public async Task Validate_BrokenSpecOnANarrowTerminal_WrapsEachErrorAtSpacesWithinTheWidth()
    {
        using var cli = new CliRunner { Terminal = true, TerminalColumns = 80 };
        var broken = cli.File("broken.yaml", SpecTexts.Broken);
        var label = $"{broken}:10:11:";

        var result = await cli.RunAsync("spec", "validate", "-f", broken, "--no-color");

        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
        // The error's own lines: its label, then the wrapped rest indented; cut at spaces only, so nothing is lost.
        var start = Array.FindIndex(lines, l => l.StartsWith(label, StringComparison.Ordinal));
        var parts = lines.Skip(start + 1).TakeWhile(l => l.StartsWith(' ')).Prepend(lines[start]).ToList();
        Assert.True(parts.Count > 1, "the long error was not wrapped");
        Assert.Equal(
            $"{label} spec.securityGroups.ids[0]: \"sg-12\" is not a security group id (sg- followed by 8 or 17 hex digits)",
            string.Join(' ', parts.Select(l => l.Trim())));
    }

    [Fact]
    public async Task Validate_SeveralInputsWithTheSameSelector_IsAnErrorAcrossFiles()
    {
        using var cli = new CliRunner();
        var a = cli.File("a.yaml", SpecTexts.Iis());
        var b = cli.File("b.yaml", SpecTexts.Iis(name: "twin"));

        var result = await cli.RunAsync("spec", "validate", "-f", a, "-f", b);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{b}:7:13: spec.selector: \"twin\" selects the same tasks (win-prod/iis-webserver) as \"iis-webserver\" in {a}", result.Error);
    }

    [Fact]
    public async Task Validate_DirectoryTie_IsReportedOnce()
    {
        using var cli = new CliRunner();
        cli.File("specs/a.yaml", SpecTexts.Iis());
        cli.File("specs/b.yaml", SpecTexts.Iis(name: "twin"));

        var result = await cli.RunAsync("spec", "validate", "-f", Path.Combine(cli.Directory, "specs"));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Split('\n'), l => l.Contains("selects the same tasks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_JsonOutput_Parses()
    {
        using var cli = new CliRunner();
        var file = cli.File("iis.yaml", SpecTexts.Iis());

        var result = await cli.RunAsync("spec", "validate", "-f", file, "--output", "json");

        var json = result.Json();
        Assert.True(json.GetProperty("valid").GetBoolean());
        var spec = Assert.Single(json.GetProperty("specs").EnumerateArray());
        Assert.Equal("iis-webserver", spec.GetProperty("name").GetString());
        Assert.Equal("*", (await cli.RunAsync("spec", "validate", "-f", cli.File("d.yaml", SpecTexts.Iis(name: "d", family: "*")), "-o", "json"))
            .Json().GetProperty("specs")[0].GetProperty("family").GetString());
    }

    [Fact]
    public async Task Validate_WithoutFile_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("spec", "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--filename", result.Error);
        Assert.Contains("hint: see 'ewr spec validate --help'", result.Error);
    }
}
