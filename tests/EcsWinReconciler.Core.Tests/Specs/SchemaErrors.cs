using System.Text.Json;
using Json.Schema;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>
/// What a real draft 2020-12 implementation (JsonSchema.Net) says of a document: one line per failing place,
/// <c>"/json/pointer: keyword: message"</c>. Only failures that make the document invalid count: the branches a
/// passing <c>oneOf</c> rejects are not errors.
/// </summary>
internal static class SchemaErrors
{
    private static readonly EvaluationOptions Hierarchical = new() { OutputFormat = OutputFormat.Hierarchical };

    public static IReadOnlyList<string> Of(JsonSchema schema, JsonElement document)
    {
        var errors = new List<string>();
        Collect(schema.Evaluate(document, Hierarchical), errors);
        return errors;
    }

    private static void Collect(EvaluationResults result, List<string> errors)
    {
        if (result.IsValid)
        {
            return;
        }

        foreach (var (keyword, message) in result.Errors ?? new Dictionary<string, string>())
        {
            // JsonSchema.Net reports "additionalProperties: false" under an empty keyword: the false schema.
            errors.Add($"{result.InstanceLocation}: {(keyword.Length == 0 ? "false" : keyword)}: {message}");
        }

        var failingChildren = (result.Details ?? []).Where(d => !d.IsValid).ToList();
        if (failingChildren.Count == 0 && result.Errors is not { Count: > 0 })
        {
            // A oneOf that more than one branch matches fails without a message of its own.
            errors.Add($"{result.InstanceLocation}: invalid");
        }

        failingChildren.ForEach(child => Collect(child, errors));
    }
}
