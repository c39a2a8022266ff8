using System.Text.Json;
using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Linting;

/// <summary>
/// Lints an ECS task definition for Windows + awsvpc pitfalls. Accepts a RegisterTaskDefinition input or a
/// DescribeTaskDefinition response (<c>{"taskDefinition": {…}}</c>). Findings come sorted by severity, then path.
/// </summary>
public static class TaskDefinitionLinter
{
    public static IReadOnlyList<LintRule> Rules { get; } = [.. PlatformRules.All, .. NetworkRules.All, .. ContainerRules.All];

    /// <summary>Lints JSON text; malformed JSON or a non-object is a single error finding with the parser's position.</summary>
    public static IReadOnlyList<LintFinding> Lint(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var problem = JsonProblem.From(ex);
            return [new LintFinding("EWR-TD000", LintSeverity.Error, problem.Path ?? "$", $"not valid JSON: {problem.Message}", "Fix the JSON syntax at the line and column given.")
            {
                Line = problem.Line,
                Column = problem.Column,
            }];
        }

        using (document)
        {
            var root = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("taskDefinition", out var inner)
                ? inner
                : document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("containerDefinitions", out _))
            {
                return [new LintFinding("EWR-TD000", LintSeverity.Error, "$", "not a task definition: expected an object with containerDefinitions", "Pass a task definition JSON (aws ecs describe-task-definition output works).")];
            }

            var view = new TaskDefinitionView(root.Clone());
            return [.. Rules.SelectMany(r => r.Evaluate(view))
                .OrderByDescending(f => f.Severity)
                .ThenBy(f => f.Path, StringComparer.Ordinal)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)];
        }
    }
}
