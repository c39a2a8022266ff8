using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcsWinReconciler.Aws.Declarations;
using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// Names a policy resource of the template with the logical key the adapters declare (<see cref="IamResource.Name"/>),
/// following the function's environment: the tables EWR_SPECS_TABLE and EWR_STATE_TABLE refer to (and their indexes),
/// the topic EWR_ALERT_TOPIC_ARN refers to and the KMS key it is encrypted with, the queue EWR_RECHECK_QUEUE_URL refers to, and account-wide ARN patterns
/// (<c>arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:service/*</c> → <c>ecs:service</c>). Anything else
/// keeps its JSON, to be compared with what the template itself says (runtime needs).
/// </summary>
internal static partial class TemplateResources
{
    /// <summary>Parameters that narrow an account-wide pattern to a list the operator gives (the pattern is the other branch of their Fn::If).</summary>
    private static readonly IReadOnlyDictionary<string, string> NarrowingParameters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["VpcArns"] = IamResource.Vpcs.Name,
    };

    /// <summary>The member role in any member account, as the hub's policy names it.</summary>
    private const string MemberRoleArn = "arn:${AWS::Partition}:iam::*:role/${MemberRoleName}";

    /// <summary>
    /// The key of a resource any template may name without a function's environment: an account-wide ARN pattern (in this
    /// region, or in every region as member.yaml's role names them), the member role, a list parameter narrowing a pattern.
    /// </summary>
    public static string Key(string resource)
    {
        if (!resource.StartsWith('{'))
        {
            return resource;
        }

        var node = JsonNode.Parse(resource)!.AsObject();
        return node switch
        {
            _ when TemplateDocument.RefName(node) is { } name && NarrowingParameters.TryGetValue(name, out var pattern) => pattern,
            _ when node["Fn::Sub"] is JsonValue sub && sub.GetValue<string>() == MemberRoleArn => IamResource.MemberRole.Name,
            _ when node["Fn::Sub"] is JsonValue sub && AccountWideArn().Match(sub.GetValue<string>()) is { Success: true } m => $"{m.Groups["service"].Value}:{m.Groups["type"].Value}",
            _ => resource,
        };
    }

    public static string Key(FunctionTemplate function, string resource)
    {
        if (!resource.StartsWith('{'))
        {
            return resource;
        }

        var node = JsonNode.Parse(resource)!.AsObject();
        var tables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [function.Variable(EnvironmentVariables.SpecsTable) ?? "?"] = IamResource.SpecsTable.Name,
            [function.Variable(EnvironmentVariables.StateTable) ?? "?"] = IamResource.StateTable.Name,
        };
        var topic = function.Variable(EnvironmentVariables.AlertTopicArn);
        var recheckQueue = function.Variable(EnvironmentVariables.RecheckQueueUrl);
        var topicKeys = topic is null ? [] : TemplateDocument.Branches(function.Template.Resource(topic)["Properties"]!["KmsMasterKeyId"])
            .Select(TemplateDocument.RefName).OfType<string>().ToHashSet(StringComparer.Ordinal);

        return node switch
        {
            _ when ArnOf(node) is { } id && tables.TryGetValue(id, out var table) => table,
            _ when ArnOf(node) is { } id && topicKeys.Contains(id) => IamResource.AlertTopicKey.Name,
            _ when ArnOf(node) is { } id && id == recheckQueue => IamResource.RecheckQueue.Name,
            _ when TemplateDocument.RefName(node) is { } name && name == topic => IamResource.AlertTopic.Name,
            _ when TemplateDocument.RefName(node) is { } name && topicKeys.Contains(name) => IamResource.AlertTopicKey.Name,
            _ when node["Fn::Sub"] is JsonValue sub && IndexArn().Match(sub.GetValue<string>()) is { Success: true } m && tables.TryGetValue(m.Groups["table"].Value, out var t) =>
                $"{t}/index/{m.Groups["index"].Value}",
            _ => Key(resource),
        };
    }

    /// <summary>X of <c>!GetAtt X.Arn</c>.</summary>
    private static string? ArnOf(JsonObject node) =>
        node["Fn::GetAtt"] is JsonArray { Count: 2 } getAtt && getAtt[1]?.GetValue<string>() == "Arn" ? getAtt[0]?.GetValue<string>() : null;

    [GeneratedRegex(@"^\$\{(?<table>[A-Za-z0-9]+)\.Arn\}/index/(?<index>[A-Za-z0-9_.-]+)$")]
    private static partial Regex IndexArn();

    [GeneratedRegex(@"^arn:\$\{AWS::Partition\}:(?<service>[a-z0-9-]+):(\$\{AWS::Region\}|\*):\$\{AWS::AccountId\}:(?<type>[a-z-]+)/\*$")]
    private static partial Regex AccountWideArn();
}
