using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// The dashboard of template.yaml read back: its Fn::Sub body as JSON (each <c>${X}</c> left as a placeholder), and
/// every metric of a namespace it shows, whether named in a metric row or in a SEARCH expression.
/// </summary>
internal sealed partial class DashboardBody(JsonObject body)
{
    public JsonObject Body { get; } = body;

    public IEnumerable<JsonObject> Widgets => Body["widgets"]!.AsArray().Select(w => w!.AsObject());

    public static DashboardBody Of(TemplateDocument template)
    {
        var (_, dashboard) = Assert.Single(template.OfType("AWS::CloudWatch::Dashboard"));
        var sub = dashboard["Properties"]!["DashboardBody"]!["Fn::Sub"]!.GetValue<string>();
        return new DashboardBody(JsonNode.Parse(sub)!.AsObject());
    }

    /// <summary>Every (metric name, dimension names sorted and joined by commas) shown in <paramref name="ns"/>.</summary>
    public IReadOnlySet<(string Metric, string Dimensions)> Metrics(string ns)
    {
        var found = new HashSet<(string, string)>();
        foreach (var row in Widgets.SelectMany(w => w["properties"]?["metrics"]?.AsArray() ?? []).Select(r => r!.AsArray()))
        {
            if (row[0] is JsonValue first && first.GetValue<string>() == ns)
            {
                var dimensions = row.Skip(2).OfType<JsonValue>().Select(v => v.GetValue<string>()).Where((_, i) => i % 2 == 0).Order(StringComparer.Ordinal);
                found.Add((row[1]!.GetValue<string>(), string.Join(",", dimensions)));
            }
            else if (row[0] is JsonObject { } expression && expression["expression"] is JsonValue text)
            {
                foreach (Match m in Search().Matches(text.GetValue<string>()).Where(m => m.Groups["ns"].Value == ns))
                {
                    found.Add((m.Groups["metric"].Value, m.Groups["dimensions"].Value));
                }
            }
        }

        return found;
    }

    /// <summary>Values a dimension takes in the metric rows (SEARCH expressions take every value).</summary>
    public IEnumerable<string> DimensionValues(string dimension) =>
        Widgets.SelectMany(w => w["properties"]?["metrics"]?.AsArray() ?? []).Select(r => r!.AsArray())
            .SelectMany(r => r.Select((v, i) => (v, i)).Where(x => x.v is JsonValue value && value.GetValue<string>() == dimension && x.i >= 2).Select(x => r[x.i + 1]!.GetValue<string>()));

    [GeneratedRegex("""SEARCH\('\{(?<ns>[A-Za-z/]+),(?<dimensions>[A-Za-z,]+)\} MetricName="(?<metric>[A-Za-z]+)"'""")]
    private static partial Regex Search();
}
