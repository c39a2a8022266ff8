using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Functions;
using EcsWinReconciler.Lambda.Metrics;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// Issue 14: the dashboard shows exactly what the functions emit. The emitted metrics are taken from the code itself
/// (<see cref="RunMetrics"/> on a run that found, acted, alerted and knew its open alerts), so a renamed or new metric
/// fails here until the dashboard follows; and the alarm widget lists every alarm of the stack.
/// </summary>
public sealed class DashboardTests
{
    private readonly TemplateDocument _template = TemplateDocument.Load();

    [Fact]
    public void Dashboard_ShowsEveryMetricTheCodeEmits_AndNoOther()
    {
        var shown = DashboardBody.Of(_template).Metrics(MetricNames.Namespace);

        Assert.Equal(Emitted().Order(), shown.Order());
    }

    [Fact]
    public void Alarms_OnOurNamespace_ReadMetricsTheCodeEmits()
    {
        var emitted = Emitted().Select(e => e.Metric).ToHashSet(StringComparer.Ordinal);
        var read = _template.OfType("AWS::CloudWatch::Alarm").SelectMany(a => new[] { a.Resource["Properties"]! }
                .Concat(a.Resource["Properties"]!["Metrics"]?.AsArray().Select(m => m!["MetricStat"]?["Metric"]).OfType<System.Text.Json.Nodes.JsonNode>() ?? []))
            .Where(m => m["Namespace"]?.GetValue<string>() == MetricNames.Namespace)
            .Select(m => m["MetricName"]!.GetValue<string>())
            .ToList();

        Assert.NotEmpty(read);
        Assert.All(read, name => Assert.Contains(name, emitted));
    }

    [Fact]
    public void FunctionDimension_TakesOnlyTheHandlerNames()
    {
        var values = DashboardBody.Of(_template).DimensionValues(MetricNames.FunctionDimension).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Contains(v, Enum.GetValues<FunctionKind>().Select(FunctionNames.Of)));
    }

    [Fact]
    public void AlarmWidget_ListsEveryAlarmOfTheStack()
    {
        var widget = Assert.Single(DashboardBody.Of(_template).Widgets, w => w["type"]!.GetValue<string>() == "alarm");
        var listed = widget["properties"]!["alarms"]!.AsArray().Select(a => a!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(_template.OfType("AWS::CloudWatch::Alarm").Select(a => $"${{{a.Id}.Arn}}").Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void Dashboard_ShowsTheLambdaErrorsAndThrottlesOfEachFunction()
    {
        var body = DashboardBody.Of(_template).Body.ToJsonString();

        foreach (var (id, _) in _template.OfType("AWS::Serverless::Function"))
        {
            foreach (var metric in new[] { "Errors", "Throttles" })
            {
                Assert.Contains("[\"AWS/Lambda\",\"" + metric + "\",\"FunctionName\",\"${" + id + "}\"", body, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>(metric, dimension set) as the functions emit them, from a run that produced every metric.</summary>
    private static IEnumerable<(string Metric, string Dimensions)> Emitted()
    {
        var task = new TaskOutcome("arn:aws:ecs:us-east-1:123456789012:task/win-prod/0", "iis-webserver",
            Judgement.Judged([TestAlerts.Finding()]), Plan.Nothing, [], StatusWriteSummary.Written);
        var outcome = FunctionOutcome.Reconciled(new RunSummary([task], []) { OpenAlerts = 1 }, null);
        var main = RunMetrics.From(outcome, TimeSpan.FromSeconds(1), apiCalls: 1).Select(m => (m.Name, MetricNames.FunctionDimension));
        var byCheck = RunMetrics.FindingsByCheck(outcome).Select(b => (b.Value.Name,
            string.Join(",", b.Dimensions.Select(d => d.Key).Append(MetricNames.FunctionDimension).Order(StringComparer.Ordinal))));
        return main.Concat(byCheck).Distinct();
    }
}
