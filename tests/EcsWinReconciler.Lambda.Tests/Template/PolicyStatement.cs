using System.Text.Json.Nodes;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>One identity-policy statement of the template, and the Fn::If conditions it sits under.</summary>
internal sealed record PolicyStatement(string Owner, JsonObject Statement, IReadOnlyList<string> Guards)
{
    public string Effect => Statement["Effect"]?.GetValue<string>() ?? "?";

    public IReadOnlyList<string> Actions => [.. TemplateDocument.Strings(Statement["Action"])];

    /// <summary>Resources as written: "*", ARN patterns, or the JSON of an intrinsic (!Sub, !GetAtt, !Ref).</summary>
    public IReadOnlyList<string> Resources => [.. TemplateDocument.Strings(Statement["Resource"])];

    /// <summary>The identity policies of every role and managed policy; statements under Fn::If yield each branch.</summary>
    public static IEnumerable<PolicyStatement> All(TemplateDocument template)
    {
        foreach (var (id, role) in template.OfType("AWS::IAM::Role"))
        {
            foreach (var policy in role["Properties"]?["Policies"]?.AsArray() ?? [])
            {
                foreach (var s in Flatten(id, policy!["PolicyDocument"]!["Statement"], []))
                {
                    yield return s;
                }
            }
        }

        foreach (var type in new[] { "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy" })
        {
            foreach (var (id, policy) in template.OfType(type))
            {
                foreach (var s in Flatten(id, policy["Properties"]!["PolicyDocument"]!["Statement"], []))
                {
                    yield return s;
                }
            }
        }
    }

    private static IEnumerable<PolicyStatement> Flatten(string owner, JsonNode? node, IReadOnlyList<string> guards)
    {
        switch (node)
        {
            case JsonArray list:
                return list.SelectMany(item => Flatten(owner, item, guards));
            case JsonObject o when o["Fn::If"] is JsonArray ifArgs:
                var condition = ifArgs[0]!.GetValue<string>();
                return Flatten(owner, ifArgs[1], [.. guards, condition]).Concat(Flatten(owner, ifArgs[2], [.. guards, "!" + condition]));
            case JsonObject o when TemplateDocument.RefName(o) == "AWS::NoValue":
                return [];
            case JsonObject statement:
                return [new PolicyStatement(owner, statement, guards)];
            default:
                return [];
        }
    }
}
