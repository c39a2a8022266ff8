using System.Text.Json;
using EcsWinReconciler.Cli.Tests.Support;

namespace EcsWinReconciler.Cli.Tests.Commands.Spec;

/// <summary>spec get, list, delete and schema.</summary>
public sealed class SpecStoreCommandsTests
{
    [Fact]
    public async Task Get_Yaml_CanBeAppliedBackUnchanged()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var yaml = await cli.RunAsync("spec", "get", "iis-webserver", "-o", "yaml");
        var reapplied = await cli.RunAsync("spec", "apply", "-f", cli.File("roundtrip.yaml", yaml.Out));

        Assert.Equal(0, yaml.ExitCode);
        Assert.Contains("name: iis-webserver", yaml.Out);
        Assert.Contains("apiVersion: ecswin.reconciler/v1", yaml.OutLines[0]);
        Assert.Contains("spec/iis-webserver unchanged (generation 1)", reapplied.Out);
    }

    [Fact]
    public async Task Get_ClusterDefaultAsYaml_QuotesTheStarAndReadsBack()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("d.yaml", SpecTexts.Iis(name: "default", family: "*")));

        var yaml = await cli.RunAsync("spec", "get", "default", "-o", "yaml");
        var reapplied = await cli.RunAsync("spec", "apply", "-f", cli.File("roundtrip.yaml", yaml.Out));

        Assert.Contains("family: '*'", yaml.Out);
        Assert.Contains("spec/default unchanged", reapplied.Out);
    }

    [Fact]
    public async Task Get_Json_IsTheCanonicalDocument()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("spec", "get", "iis-webserver", "-o", "json");

        Assert.Equal((await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None))!.Document, result.Out);
        Assert.Equal("TaskNetworkSpec", result.Json().GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Get_Table_ShowsSelectorAndGeneration()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("spec", "get", "iis-webserver");

        Assert.Matches(@"^NAME\s+CLUSTER\s+FAMILY\s+GENERATION\s+SUSPENDED", result.OutLines[0]);
        Assert.Matches(@"^iis-webserver\s+win-prod\s+iis-webserver\s+1\s+no$", result.OutLines[1]);
    }

    [Fact]
    public async Task Get_Unknown_SaysHowToFindTheNames()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("spec", "get", "nope");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: no spec named \"nope\" is stored", result.Error);
        Assert.Contains("hint: 'ewr spec list'", result.Error);
    }

    [Fact]
    public async Task List_ShowsEveryStoredSpec_AndParsesAsJson()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));
        await cli.RunAsync("spec", "apply", "-f", cli.File("d.yaml", SpecTexts.Iis(name: "default", family: "*")));

        var table = await cli.RunAsync("spec", "list");
        var json = await cli.RunAsync("spec", "list", "-o", "json");

        Assert.Equal(3, table.OutLines.Count);
        Assert.Equal(["default", "iis-webserver"], json.Json().EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(1, json.Json()[1].GetProperty("generation").GetInt64());
    }

    [Fact]
    public async Task List_Empty_SaysHowToStoreOne()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("spec", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no specs stored", result.Error);
    }

    [Fact]
    public async Task Delete_RemovesTheSpec()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("spec", "apply", "-f", cli.File("iis.yaml", SpecTexts.Iis()));

        var result = await cli.RunAsync("spec", "delete", "iis-webserver");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("spec/iis-webserver deleted (was generation 1)", result.Out);
        Assert.Null(await cli.Harness.Specs.GetAsync("iis-webserver", CancellationToken.None));
        Assert.Equal(2, (await cli.RunAsync("spec", "delete", "iis-webserver")).ExitCode);
    }

    [Fact]
    public async Task Schema_IsJsonSchemaAndNeedsNoAws()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("spec", "schema");

        Assert.Equal(0, result.ExitCode);
        using var schema = JsonDocument.Parse(result.Out);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(0, cli.Backends.Created);
    }
}
