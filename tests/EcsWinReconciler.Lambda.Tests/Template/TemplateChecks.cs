using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcsWinReconciler.Aws.Declarations;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>What a schema cannot check: references resolve, and identity policies stay narrow.</summary>
internal static partial class TemplateChecks
{
    public static readonly IReadOnlySet<string> PseudoParameters = new HashSet<string>(StringComparer.Ordinal)
    {
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    };

    /// <summary>
    /// Actions that have no resource-level permissions, so "*" is the only Resource IAM accepts (Service Authorization
    /// Reference: an action whose "Resource types" column is empty): those the adapters declare on
    /// <see cref="IamResource.Any"/> (EC2 Describe*, ecs:DescribeTaskDefinition) and those Lambda needs on "*"
    /// (<see cref="RuntimeNeeds.OnAnyResource"/>).
    /// </summary>
    public static readonly IReadOnlySet<string> NoResourceLevelPermissions = IamDeclarations.Adapters
        .SelectMany(a => a.Methods.Values.SelectMany(g => g))
        .Where(g => g.Resource == IamResource.Any)
        .Select(g => g.Action)
        .Concat(RuntimeNeeds.OnAnyResource)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every Ref, GetAtt, ${} in Sub, Fn::If, Condition and DependsOn names something that exists.</summary>
    public static IReadOnlyList<string> UnresolvedReferences(TemplateDocument template)
    {
        var resources = template.Resources.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var parameters = template.Parameters.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var conditions = template.Conditions.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var context = new Names(resources, parameters, conditions, problems);
        Walk(template.Root, "$", context);
        foreach (var (id, resource) in template.Resources)
        {
            if (resource?["Condition"] is JsonValue c && !conditions.Contains(c.GetValue<string>()))
            {
                problems.Add($"{id}: Condition {c} is not defined");
            }

            foreach (var dependency in TemplateDocument.Strings(resource?["DependsOn"]).Where(d => !resources.Contains(d)))
            {
                problems.Add($"{id}: DependsOn {dependency} is not a resource");
            }
        }

        return problems;
    }

    /// <summary>No wildcard actions, "*" resources only where IAM allows nothing else, no Not* in Allow statements.</summary>
    public static IReadOnlyList<string> PolicyProblems(TemplateDocument template)
    {
        var problems = new List<string>();
        foreach (var s in PolicyStatement.All(template))
        {
            var where = $"{s.Owner}/{s.Statement["Sid"]?.GetValue<string>() ?? "?"}";
            problems.AddRange(s.Actions.Where(a => a == "*" || a.EndsWith(":*", StringComparison.Ordinal)).Select(a => $"{where}: wildcard action {a}"));
            if (s.Resources.Contains("*"))
            {
                problems.AddRange(s.Actions.Where(a => !NoResourceLevelPermissions.Contains(a)).Select(a => $"{where}: {a} on Resource \"*\" although it takes resource ARNs"));
            }

            if (s.Effect == "Allow" && (s.Statement.ContainsKey("NotAction") || s.Statement.ContainsKey("NotResource")))
            {
                problems.Add($"{where}: Allow with NotAction/NotResource");
            }
        }

        return problems;
    }

    private static void Walk(JsonNode? node, string path, Names names)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", names);
                }

                break;
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    CheckIntrinsic(key, child, $"{path}.{key}", names);
                    Walk(child, $"{path}.{key}", names);
                }

                break;
        }
    }

    private static void CheckIntrinsic(string key, JsonNode? value, string path, Names names)
    {
        switch (key)
        {
            case "Ref":
                names.Value(path, value!.GetValue<string>(), allowResources: true);
                break;
            case "Fn::GetAtt":
                names.Resource(path, value!.AsArray()[0]!.GetValue<string>());
                break;
            case "Fn::If":
                names.Condition(path, value!.AsArray()[0]!.GetValue<string>());
                break;
            case "Condition" when value is JsonValue v && path.Contains(".Conditions.", StringComparison.Ordinal):
                names.Condition(path, v.GetValue<string>());
                break;
            case "Fn::Sub":
                var (text, variables) = value is JsonArray args
                    ? (args[0]!.GetValue<string>(), args[1]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal))
                    : (value!.GetValue<string>(), new HashSet<string>(StringComparer.Ordinal));
                foreach (Match m in SubVariable().Matches(text))
                {
                    var name = m.Groups[1].Value;
                    if (!variables.Contains(name))
                    {
                        if (name.Contains('.', StringComparison.Ordinal) && !name.StartsWith("AWS::", StringComparison.Ordinal))
                        {
                            names.Resource(path, name[..name.IndexOf('.', StringComparison.Ordinal)]);
                        }
                        else
                        {
                            names.Value(path, name, allowResources: true);
                        }
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"\$\{(?!!)([^}]+)\}")]
    private static partial Regex SubVariable();

    private sealed record Names(HashSet<string> Resources, HashSet<string> Parameters, HashSet<string> Conditions, List<string> Problems)
    {
        public void Value(string path, string name, bool allowResources)
        {
            if (!Parameters.Contains(name) && !PseudoParameters.Contains(name) && !(allowResources && Resources.Contains(name)))
            {
                Problems.Add($"{path}: {name} is not a parameter, resource or pseudo-parameter");
            }
        }

        public void Resource(string path, string name)
        {
            if (!Resources.Contains(name))
            {
                Problems.Add($"{path}: {name} is not a resource");
            }
        }

        public void Condition(string path, string name)
        {
            if (!Conditions.Contains(name))
            {
                Problems.Add($"{path}: {name} is not a condition");
            }
        }
    }
}
