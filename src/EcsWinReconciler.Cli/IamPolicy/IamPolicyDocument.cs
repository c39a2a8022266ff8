using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsWinReconciler.Aws.Declarations;
using EcsWinReconciler.Aws.Scope;

namespace EcsWinReconciler.Cli.IamPolicy;

/// <summary>
/// Renders the least identity policy for a set of port methods, from the adapters' IAM declarations (the same ones
/// template.yaml's roles are checked against): one statement per resource and need, resources as ARNs of the target,
/// ECS calls limited to the clusters given, writes limited to resources tagged ecswin:managed=true (what ewr's own
/// managed scope allows), and the alert topic's KMS key only through SNS.
/// </summary>
public static class IamPolicyDocument
{
    public static string Render(IEnumerable<IamGrant> grants, PolicyTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var statements = grants
            .GroupBy(g => (g.Resource, g.When, g.Via))
            .OrderBy(g => g.Key.When).ThenBy(g => g.Key.Resource.Name, StringComparer.Ordinal)
            .ToList();
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("Version", "2012-10-17");
            json.WriteStartArray("Statement");
            foreach (var group in statements)
            {
                Statement(json, group.Key.Resource, group.Key.When, group.Key.Via, [.. group.Select(g => g.Action).Order(StringComparer.Ordinal)], target);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Statement(Utf8JsonWriter json, IamResource resource, NeededWhen when, string? via, List<string> actions, PolicyTarget target)
    {
        json.WriteStartObject();
        json.WriteString("Sid", Sid(resource, when));
        json.WriteString("Effect", "Allow");
        json.WriteStartArray("Action");
        actions.ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteString("Resource", Arn(resource, target));
        var tests = Conditions(resource, when, via, target).ToList();
        if (tests.Count > 0)
        {
            json.WriteStartObject("Condition");
            foreach (var op in tests.GroupBy(t => t.Operator))
            {
                json.WriteStartObject(op.Key);
                foreach (var (_, key, values) in op)
                {
                    json.WriteStartArray(key);
                    values.ForEach(json.WriteStringValue);
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static IEnumerable<(string Operator, string Key, List<string> Values)> Conditions(IamResource resource, NeededWhen when, string? via, PolicyTarget target)
    {
        if (resource.Name.StartsWith("ecs:", StringComparison.Ordinal) && target.Clusters.Count > 0)
        {
            yield return ("ArnEquals", "ecs:cluster", [.. target.Clusters]);
        }

        if (when != NeededWhen.Always)
        {
            yield return ("StringEquals", $"aws:ResourceTag/{ManagedScope.TagKey}", [ManagedScope.TagValue]);
        }

        if (via is not null)
        {
            yield return ("StringLike", "kms:ViaService", [$"{via[..via.IndexOf(':', StringComparison.Ordinal)]}.{target.Region}.amazonaws.com"]);
        }
    }

    private static string Arn(IamResource resource, PolicyTarget target)
    {
        const string state = "dynamodb:table/State";
        return resource.Name switch
        {
            "*" => "*",
            "dynamodb:table/Specs" => target.Arn("dynamodb", $"table/{target.SpecsTable}"),
            state => target.Arn("dynamodb", $"table/{target.StateTable}"),
            var index when index.StartsWith(state + "/index/", StringComparison.Ordinal) => target.Arn("dynamodb", $"table/{target.StateTable}{index[state.Length..]}"),
            "sns:topic/alerts" => target.TopicArn ?? target.Arn("sns", "*"),
            "kms:key/alerts" => target.Arn("kms", "key/*"),
            // IAM ARNs name no region, and the role is in every member account, which are not the hub's.
            "iam:role/member" => $"arn:{target.Partition}:iam::*:role/{target.MemberRoleName}",
            var other => target.Arn(other[..other.IndexOf(':', StringComparison.Ordinal)], other[(other.IndexOf(':', StringComparison.Ordinal) + 1)..] + "/*"),
        };
    }

    /// <summary>An IAM Sid: letters and digits only, from the resource and when it is needed.</summary>
    private static string Sid(IamResource resource, NeededWhen when)
    {
        var words = resource.Name.Split([':', '/', '-', '*'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var name = string.Concat(words);
        return (name.Length == 0 ? "AnyResource" : name) + when switch
        {
            NeededWhen.TryingChanges => "FromDryRunOn",
            NeededWhen.Changing => "WhenRemediating",
            _ => string.Empty,
        };
    }
}
