using System.Text.Json.Nodes;

namespace EcsWinReconciler.Lambda.Tests.Template.Scope;

/// <summary>
/// One deployment of the template: its parameter values, and the template's Conditions evaluated on them
/// (Fn::Equals, Fn::Not, Fn::Join and Ref are all the template uses; anything else fails the test loudly).
/// </summary>
internal sealed class StackParameters(TemplateDocument template, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
{
    public const string Partition = "aws";
    public const string Region = "us-east-1";
    public const string Account = "111122223333";

    public IReadOnlyList<string> List(string parameter) =>
        values.TryGetValue(parameter, out var v) ? v : [template.Parameters[parameter]?["Default"]?.GetValue<string>() ?? string.Empty];

    public bool Holds(string condition) => Truth(template.Conditions[condition] ?? throw new KeyNotFoundException($"no condition {condition}"));

    /// <summary>A statement's Fn::If guards ("X" or "!X") all hold.</summary>
    public bool HoldsAll(IEnumerable<string> guards) => guards.All(g => g.StartsWith('!') ? !Holds(g[1..]) : Holds(g));

    /// <summary>The strings a value stands for: a literal, a list parameter's items, a Fn::Sub with the pseudo parameters filled in.</summary>
    public IReadOnlyList<string> Resolve(JsonNode? node) => node switch
    {
        JsonValue v => [v.GetValue<string>()],
        JsonArray a => [.. a.SelectMany(Resolve)],
        JsonObject o when TemplateDocument.RefName(o) is { } name => List(name),
        JsonObject o when o["Fn::Sub"] is JsonValue sub => [SubstituteParameters(sub.GetValue<string>()
            .Replace("${AWS::Partition}", Partition, StringComparison.Ordinal)
            .Replace("${AWS::Region}", Region, StringComparison.Ordinal)
            .Replace("${AWS::AccountId}", Account, StringComparison.Ordinal))],
        JsonObject o when o["Fn::Join"] is JsonArray join => [string.Join(join[0]!.GetValue<string>(), Resolve(join[1]))],
        _ => throw new NotSupportedException($"cannot resolve {node?.ToJsonString()}"),
    };

    /// <summary>${Name} of a String parameter, as CloudFormation fills it in (a list parameter cannot be substituted).</summary>
    private string SubstituteParameters(string text) =>
        template.Parameters.Where(p => p.Value?["Type"]?.GetValue<string>() == "String")
            .Aggregate(text, (t, p) => t.Replace("${" + p.Key + "}", List(p.Key)[0], StringComparison.Ordinal));

    private bool Truth(JsonNode node) => node switch
    {
        JsonObject o when o["Fn::Not"] is JsonArray not => !Truth(not[0]!),
        JsonObject o when o["Fn::Equals"] is JsonArray eq => Resolve(eq[0]).SequenceEqual(Resolve(eq[1])),
        JsonObject o when o["Condition"] is JsonValue c => Holds(c.GetValue<string>()),
        _ => throw new NotSupportedException($"condition {node.ToJsonString()} is not modelled"),
    };
}
