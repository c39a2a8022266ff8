using EcsWinReconciler.Cli.Tests.Support;
using EcsWinReconciler.Core.Linting;

namespace EcsWinReconciler.Cli.Tests.Commands;

public sealed class LintCommandTests
{
    private static readonly string Seed = Path.Combine(AppContext.BaseDirectory, "Fixtures", "iis-webserver.seed.json");

    [Fact]
    public async Task Lint_SeedTaskDefinition_ReportsPlatformVersionAndTheImageAndExitsOne()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("lint", Seed);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^RULE\s+SEVERITY\s+WHERE\s+MESSAGE\s+FIX$", result.OutLines[0]);
        Assert.Contains(result.OutLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^EWR-TD001\s+error\s+platformVersion\s+platformVersion is not part of a task definition"));
        Assert.Contains(result.OutLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^EWR-TD020\s+warning\s+containerDefinitions\[0\]\.image\s+mcr\.microsoft\.com/windows/servercore:ltsc2022 is the bare Server Core"));
        Assert.EndsWith("1 error(s), 2 warning(s), 2 note(s)", result.OutLines[^1]);
        Assert.Equal(0, cli.Backends.Created);
    }

    [Fact]
    public async Task Lint_Json_ParsesWithEveryFinding()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("lint", Seed, "-o", "json");

        Assert.Equal(1, result.ExitCode);
        var json = result.Json();
        Assert.Equal(1, json.GetProperty("errors").GetInt32());
        var ids = json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("EWR-TD001", ids);
        Assert.Contains("EWR-TD020", ids);
        Assert.Equal("Remove platformVersion from the task definition.", json.GetProperty("findings")[0].GetProperty("fix").GetString());
    }

    [Fact]
    public async Task Lint_CleanTaskDefinition_ExitsZero()
    {
        using var cli = new CliRunner();
        var clean = cli.File("clean.json", """
            {
              "family": "iis-webserver",
              "networkMode": "awsvpc",
              "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE", "cpuArchitecture": "X86_64" },
              "containerDefinitions": [
                { "name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 2048, "essential": true,
                  "user": "ContainerUser", "portMappings": [ { "containerPort": 80, "protocol": "tcp" } ] }
              ]
            }
            """);

        var result = await cli.RunAsync("lint", clean);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{clean}: 0 error(s), 0 warning(s), 0 note(s)"], result.OutLines);
    }

    [Fact]
    public async Task Lint_Rules_ListsEveryRule()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("lint", "--rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TaskDefinitionLinter.Rules.Count + 1, result.OutLines.Count);
        Assert.All(TaskDefinitionLinter.Rules, rule => Assert.Contains(result.OutLines, l => l.StartsWith(rule.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Lint_FromStdin_Works()
    {
        using var cli = new CliRunner { StandardInput = await File.ReadAllTextAsync(Seed) };

        var result = await cli.RunAsync("lint", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("EWR-TD001", result.Out);
    }

    [Fact]
    public async Task Lint_BrokenJson_Issue13_WhereIsFileLineColumnOneBased()
    {
        using var cli = new CliRunner();
        var file = cli.File("bad.json", "{\"family\": \"x\",\n  \"cpu\": }");

        var result = await cli.RunAsync("lint", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("EWR-TD000  error     " + file + ":2:10", StringComparison.Ordinal));
        Assert.DoesNotContain("LineNumber", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Directory_Issue13_SaysItIsADirectory()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("lint", cli.Directory);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {cli.Directory} is a directory; ewr lint reads one task definition file", result.Error);
        Assert.DoesNotContain("Access to the path", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MissingFile_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("lint", Path.Combine(cli.Directory, "nope.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.json: no such file", result.Error);
        Assert.Contains("hint: give one task definition file", result.Error);
    }

    [Fact]
    public async Task Lint_NoFile_IsAUsageErrorThatMentionsRules()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("lint");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'ewr lint --rules'", result.Error);
    }
}
