using System.Globalization;

namespace EcsWinReconciler.LoadHarness.Reports;

/// <summary>
/// Reads BenchmarkDotNet's CSV report of DecisionBenchmarks (bench/EcsWinReconciler.Benchmarks) into the decision targets:
/// ≤ 5 µs for one task, and nothing allocated beyond the result.
/// </summary>
internal static class BenchmarkCsv
{
    public static IReadOnlyList<Target> DecisionTargets(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        var rows = lines.Skip(1).Select(Split).ToDictionary(r => r[header.IndexOf("Method")], r => r, StringComparer.Ordinal);
        // A benchmark that did not run (BenchmarkDotNet could not build it, say) has fewer columns: "n/a", not a crash.
        string Cell(string method, string column) =>
            rows.TryGetValue(method, out var row) && header.IndexOf(column) is var i and >= 0 && i < row.Count ? row[i] : "n/a";
        return
        [
            new("Decision, healthy task (checks + plan)", "≤ 5 µs", Cell("Healthy", "Mean"), Micros(Cell("Healthy", "Mean")) <= 5),
            new("Decision, healthy task, DNS and AD paths traced (issue 12)", "≤ 5 µs", Cell("HealthyAllPaths", "Mean"), Micros(Cell("HealthyAllPaths", "Mean")) <= 5),
            new("Decision, drifted task (3 drifts, remediating)", "≤ 5 µs", Cell("Drifted", "Mean"), Micros(Cell("Drifted", "Mean")) <= 5),
            new("Decision, healthy task: allocations beyond the result", "none", $"checks {Cell("HealthyChecksOnly", "Allocated")}; with the plan {Cell("Healthy", "Allocated")} (the caller's PlanningInput)",
                Cell("HealthyChecksOnly", "Allocated") is "0 B" or "-"),
            new("Decision, healthy task, paths traced: allocated", "reported", Cell("HealthyAllPaths", "Allocated"), null),
            new("Decision, drifted task: allocated", "(the result is most of it)", $"checks {Cell("DriftedChecksOnly", "Allocated")}; with the plan {Cell("Drifted", "Allocated")}", null),
        ];
    }

    private static double Micros(string value)
    {
        var parts = value.Split(' ');
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
        {
            return double.NaN;
        }

        return parts[1] switch { "ns" => number / 1000, "μs" or "us" => number, "ms" => number * 1000, _ => double.NaN };
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
