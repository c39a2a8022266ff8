using System.Runtime.CompilerServices;
using EcsWinReconciler.Cli.Alerts;
using EcsWinReconciler.Cli.Commands.Spec;
using EcsWinReconciler.Cli.Lint;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Cli.Reconcile;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Core.Linting;

namespace EcsWinReconciler.Cli.Tests.Output.Golden;

/// <summary>
/// Every command's table rendered at 80, 120 and 200 columns (and with -o wide), compared with the files beside this
/// one, and checked for broken tokens and silently dropped data (<see cref="TableFaithfulness"/>). Set
/// EWR_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, then read the diff.
/// </summary>
public sealed class GoldenWidthTests
{
    private static readonly string Seed = Path.Combine(AppContext.BaseDirectory, "Fixtures", "iis-webserver.seed.json");

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var table in Tables.Keys)
        {
            foreach (var width in new[] { 80, 120, 200 })
            {
                cases.Add(table, width);
            }
        }

        return cases;
    }

    private static Dictionary<string, Func<TableData>> Tables { get; } = new(StringComparer.Ordinal)
    {
        ["status"] = () => StatusTable.Tasks(GoldenData.Statuses()),
        ["findings"] = () => FindingsTable.Of(GoldenData.Findings(), preview: false),
        ["alerts"] = () => AlertTable.Of(GoldenData.Alerts(), GoldenData.Now),
        ["reconcile"] = () => ReconcileSummaryTable.Counts(GoldenData.Reconcile()),
        ["lint"] = () => LintOutput.Findings("iis-webserver.seed.json", TaskDefinitionLinter.Lint(File.ReadAllText(Seed))),
        ["lint-rules"] = () => LintOutput.Rules(TaskDefinitionLinter.Rules),
        ["spec-list"] = () => SpecTable.Of(GoldenData.Specs()),
        ["except-list"] = () => Cli.Exceptions.ExceptionTable.Of(GoldenData.Exceptions()),
        ["alerts-excepted"] = () => ExceptedTable.Of(GoldenData.Excepted()),
        ["status-places"] = () => StatusTable.Tasks(GoldenData.StatusesOfPlaces()),
        ["alerts-places"] = () => AlertTable.Of(GoldenData.AlertsOfPlaces(), GoldenData.Now),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Table_AtWidth_MatchesItsGoldenFileAndKeepsEveryToken(string name, int width)
    {
        var table = Tables[name]();

        var lines = new TableStyle(width, Wide: false, Headers: true, Colour: false).Lines(table);

        TableFaithfulness.Check(table, lines, width);
        AssertGolden($"{name}.{width}.txt", lines);
    }

    [Theory]
    [MemberData(nameof(WideCases))]
    public void Table_Wide_EveryColumnInlineAndWhole(string name)
    {
        var table = Tables[name]();

        var lines = new TableStyle(80, Wide: true, Headers: true, Colour: false).Lines(table);

        Assert.Equal(table.Rows.Count + 1, lines.Count);
        Assert.All(table.Columns, c => Assert.Contains(c.Header, lines[0], StringComparison.Ordinal));
        AssertGolden($"{name}.wide.txt", lines);
    }

    public static TheoryData<string> WideCases() => [.. Tables.Keys];

    private static void AssertGolden(string file, IReadOnlyList<string> lines, [CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, file);
        var actual = string.Join('\n', lines) + "\n";
        if (Environment.GetEnvironmentVariable("EWR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with EWR_UPDATE_GOLDEN=1 and read what it wrote");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
